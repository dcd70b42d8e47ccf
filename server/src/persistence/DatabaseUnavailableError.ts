/** The PostgreSQL database of `DATABASE_URL` cannot be used; we refuse to start without it. */
export class DatabaseUnavailableError extends Error {
  /** The database's URL without its password. */
  readonly location: string
  constructor(location: string, detail: string) {
    super(
      `The database at ${location} cannot be used (${detail}). Reflectiebord will not start without it: check DATABASE_URL and that PostgreSQL accepts connections.`,
    )
    this.name = 'DatabaseUnavailableError'
    this.location = location
  }
}
