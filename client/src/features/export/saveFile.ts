// Handing a file made on this device to the person: a download, or a new tab to print from.
// Object URLs are revoked after a while, not at once: the browser reads them asynchronously.

/** How long an object URL lives: long enough for a slow device to start the download or tab. */
const URL_LIFETIME_MS = 60_000

/** Saves `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS)
}

/**
 * Opens an HTML document made here (the printable report) in a new tab, from where the person
 * prints it or saves it as PDF. The document carries its own policy that forbids scripts, and
 * all its text is escaped, so opening it at this origin is safe.
 */
export function openInNewTab(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.target = '_blank'
  link.rel = 'noopener'
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS)
}
