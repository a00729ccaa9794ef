import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { BoardPage } from './fixtures/BoardPage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { useLiveServer } from './fixtures/liveServer'

// A reframe's "we" is often a long sentence: it must stay whole while it is typed.

const SHOTS = '/tmp/shots-reframe'
const live = useLiveServer()

describe('a reframe card', { timeout: 90_000 }, () => {
  test('a long “we” is never cut off while it is typed, and the card fits it after', async () => {
    const board = await createBoard(live.server.url, { title: 'Long rewrites' })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = new CoproductionPage(
      await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' }),
    )
    try {
      await amina.board.addNote()
      await amina.board.typeInNote('They never call back when they say they will')
      await amina.reframeChipFor('They never call back').click()
      const editor = amina.page.getByTestId('reframe-we-editor')
      await editor.waitFor()
      await amina.page.keyboard.type(
        ' tell people when we will call, and if we are late we call to say so, every time, at night and at weekends too',
      )
      // Every line of the box is on screen: nothing scrolled out of sight inside it.
      await expect
        .poll(() => editor.evaluate((box) => box.scrollHeight - box.clientHeight))
        .toBeLessThanOrEqual(1)
      await amina.page.screenshot({ path: `${SHOTS}-editing.png` })
      await amina.page.keyboard.press('Escape')
      const words = amina.reframeByText('They never call back').locator('.reframe-we-text')
      await expect
        .poll(() => words.evaluate((text) => text.scrollHeight - text.clientHeight))
        .toBeLessThanOrEqual(1)
      await amina.page.screenshot({ path: `${SHOTS}-done.png` })
    } finally {
      await amina.board.close()
    }
  })
})
