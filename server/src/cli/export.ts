import { writeFile } from 'node:fs/promises'
import { renderExport } from '@coboard/shared'
import { readExportArgs, USAGE, UsageError } from './exportArgs'
import { openExportStore, StoreNotFound } from './openExportStore'
import { readStoredBoard } from './readStoredBoard'

// `npm run export -- --board <id> --format md --out report.md`: the same files the board's
// Export menu and the API give, straight from storage, for whoever runs the server. It prints
// messages about what it did, never tokens or anything written on the board.

const EXIT_FAILED = 1
const EXIT_USAGE = 2

async function main(argv: readonly string[]): Promise<number> {
  const args = readExportArgs(argv)
  if (args === null) {
    process.stdout.write(USAGE)
    return 0
  }
  const store = openExportStore(args.dataDir)
  try {
    const board = await readStoredBoard(store, args.boardId)
    if (!board) {
      console.error(`coboard export: there is no board "${args.boardId}" in this storage.`)
      return EXIT_FAILED
    }
    const file = renderExport(args.format, {
      boardId: args.boardId,
      board,
      names: args.names ?? board.meta.reportNames,
      now: new Date(),
      fullBackup: args.fullBackup,
    })
    if (args.out === null) {
      process.stdout.write(file.body)
    } else {
      await writeFile(args.out, file.body)
      console.error(`coboard export: wrote ${args.out} (${Buffer.byteLength(file.body)} bytes).`)
    }
    return 0
  } finally {
    await store.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`coboard export: ${error.message}\n\n${USAGE}`)
      process.exitCode = EXIT_USAGE
    } else if (error instanceof StoreNotFound) {
      console.error(`coboard export: ${error.message}`)
      process.exitCode = EXIT_FAILED
    } else {
      // The message only: a stack or a driver error's details could carry a connection string.
      console.error(`coboard export: failed: ${(error as Error)?.message ?? String(error)}`)
      process.exitCode = EXIT_FAILED
    }
  },
)
