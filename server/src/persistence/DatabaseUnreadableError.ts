/** The database file exists but cannot be used; we refuse to start rather than start empty. */
export class DatabaseUnreadableError extends Error {
  readonly file: string
  constructor(file: string, detail: string) {
    super(
      `The database file ${file} cannot be read (${detail}). Reflectiebord will not start over it: restore it from a backup or move it aside.`,
    )
    this.name = 'DatabaseUnreadableError'
    this.file = file
  }
}
