/**
 * Hands a file the page already holds to the browser's download: no second request, and no
 * credential in a URL.
 */
export function saveDownload(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // Revoked after the click has been handled, so the download has its bytes.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
