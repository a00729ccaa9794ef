import type * as Y from 'yjs'
import { getBoardRoots, type ItemId } from '@coboard/shared'
import type { BoardConnection } from './connectBoard'

/** Items that someone else added to or removed from the board in one transaction. */
export interface RemoteItemChange {
  readonly added: readonly ItemId[]
  readonly removed: readonly ItemId[]
}

/**
 * Calls `listener` whenever items appear or disappear because of another device: a transaction
 * that is not local came from the network (or from this device's offline cache, which the
 * caller can tell apart by only listening once the board has loaded). This device's own adds,
 * deletes and undos are local and never reported, so nobody is told about what they just did.
 */
export function watchRemoteItems(
  connection: Pick<BoardConnection, 'doc'>,
  listener: (change: RemoteItemChange) => void,
): () => void {
  const { items } = getBoardRoots(connection.doc)
  const observer = (event: Y.YMapEvent<Y.Map<unknown>>) => {
    if (event.transaction.local) return
    const added: ItemId[] = []
    const removed: ItemId[] = []
    event.changes.keys.forEach((change, key) => {
      if (change.action === 'add') added.push(key as ItemId)
      else if (change.action === 'delete') removed.push(key as ItemId)
    })
    if (added.length > 0 || removed.length > 0) listener({ added, removed })
  }
  items.observe(observer)
  return () => items.unobserve(observer)
}
