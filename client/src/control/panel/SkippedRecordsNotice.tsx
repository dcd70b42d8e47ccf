import { isRemovableBoardRecord } from '@reflectiebord/shared'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/shallow'
import type { SkippedRecordsStore } from '../../board/skippedRecords.ts'
import { useT } from '../../i18n/useT.ts'
import { CommandError } from '../CommandError.tsx'
import { useCommand } from '../useCommand.ts'

/**
 * A calm word when the board holds records this page could not show (someone's client wrote
 * something that does not fit tldraw's schema), with the way out: remove them for everyone.
 * Only what the server would remove is offered; the board's document and first page are
 * replaced, not removed (see `bindStoreToYDoc.ts`).
 */
export function SkippedRecordsNotice({ skipped }: { skipped: SkippedRecordsStore }) {
  const t = useT()
  const command = useCommand()
  const ids = useStore(
    skipped,
    useShallow((state) => state.ids.filter(isRemovableBoardRecord)),
  )
  if (ids.length === 0) return null

  const removeAll = async () => {
    for (const recordId of ids) {
      // Each removal reaches this page as a deletion, which takes it off the list.
      if (!(await command.run({ type: 'board.removeRecord', recordId }))) return
    }
  }

  return (
    <section className="notice skipped-records" data-testid="skipped-records" role="status">
      <p data-testid="skipped-records-count" data-count={ids.length}>
        {t('boardRecords.skipped', { count: ids.length })}
      </p>
      <p className="muted">{t('boardRecords.hint')}</p>
      <button
        type="button"
        className="button button--small"
        data-testid="skipped-records-remove"
        aria-busy={command.busy}
        onClick={() => void removeAll()}
      >
        {t('boardRecords.remove', { count: ids.length })}
      </button>
      <CommandError error={command.error} />
    </section>
  )
}
