import { explainDenial, isDeviceRefusal } from '@coboard/shared'
import { BoardMessage } from './BoardMessage'

/**
 * Why the server would not open the board, in words. A refused link needs sending again; a
 * refused device holds a good link, so asking for the link again would send the person astray.
 */
export function RefusedMessage({ reason }: { reason: string }) {
  if (isDeviceRefusal(reason)) {
    return (
      <BoardMessage title="This device cannot join the board" tone="problem">
        <p>{explainDenial(reason)}</p>
      </BoardMessage>
    )
  }
  return (
    <BoardMessage title="This link does not open the board" tone="problem">
      <p>{explainDenial(reason)}</p>
      <p>
        Ask the person who invited you to send the whole link again, and open it exactly as it is.
      </p>
    </BoardMessage>
  )
}
