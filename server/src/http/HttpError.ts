/** An HTTP failure with a status and a message meant for a person; thrown by routes and helpers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}
