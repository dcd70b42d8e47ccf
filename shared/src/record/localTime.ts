/**
 * The time zone a record's dates and times are written in. The people who use Reflectiebord
 * meet in Flanders; a server often runs on UTC, and a session at 00:30 must not be dated the
 * day before.
 */
export const RECORD_TIME_ZONE = 'Europe/Brussels'

/** A moment as the clock on the wall shows it in `timeZone`: `yyyy-mm-dd` and `HH:MM`. */
export interface LocalDateTime {
  date: string
  time: string
}

export function localDateTime(ms: number, timeZone: string = RECORD_TIME_ZONE): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00'
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  }
}
