import type { Messages } from './nl.ts'

/** English messages, selectable with the language switch. */
export const en: Messages = {
  'app.name': 'Reflectiebord',
  'app.tagline': 'A shared board for peer supervision and reflection, on your own server.',
  'app.home': 'Go to the start page',

  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'create.heading': 'New session',
  'create.intro':
    'Give your session a title. You get two links right away: one for yourself as facilitator and one for your colleagues.',
  'create.titleLabel': 'Session title',
  'create.titleHint':
    'For example “Peer supervision team Ghent, 14 March”. At most {max} characters.',
  'create.submit': 'Create session',
  'create.submitting': 'Creating…',
  'create.error.empty': 'Enter a title.',
  'create.error.tooLong': 'The title is too long: use at most {max} characters.',
  'create.error.controlCharacters':
    'The title contains invisible characters. Please type it again.',
  'create.error.retention':
    'This server does not keep sessions that long. Choose a shorter period.',
  'create.error.server': 'The session could not be created. Please try again later.',
  'create.error.network': 'The server cannot be reached. Check your connection and try again.',

  'links.createdHeading': 'Your session “{title}” is ready',
  'links.facilitatorLabel': 'Your facilitator link',
  'links.facilitatorSecret': 'Keep this link to yourself: whoever has it facilitates the session.',
  'links.participantLabel': 'Link for participants',
  'links.participantHint': 'Share this link with your colleagues.',
  'links.copy': 'Copy',
  'links.copyFacilitator': 'Copy facilitator link',
  'links.copyParticipant': 'Copy participant link',
  'links.copied': 'Copied',
  'links.copyFailed': 'Copying failed: select the link and copy it yourself.',
  'links.openAsFacilitator': 'Open as facilitator',

  'mySessions.heading': 'My sessions',
  'mySessions.intro': 'Sessions you created in this browser. Only you see this list.',
  'mySessions.empty': 'You have not created any sessions in this browser yet.',
  'mySessions.createdAt': 'Created on {date}',
  'mySessions.open': 'Open',
  'mySessions.openLabel': 'Open session “{title}” as facilitator',
  'mySessions.forget': 'Forget',
  'mySessions.forgetLabel': 'Remove session “{title}” from this list',
  'mySessions.forgetConfirm':
    'Remove session “{title}” from this list? The session itself remains, but without the facilitator link you can no longer facilitate it.',

  'join.loading': 'Loading session…',
  'join.heading': 'What name do you want on the board?',
  'join.intro': 'Your colleagues see this name next to your cursor. A first name is enough.',
  'join.nameLabel': 'Your name',
  'join.submit': 'Go to the board',
  'join.asFacilitator': 'You are joining as facilitator.',
  'join.error.empty': 'Enter a name.',
  'join.error.tooLong': 'That name is too long: use at most {max} characters.',
  'join.error.controlCharacters': 'The name contains invisible characters. Please type it again.',
  'join.offlineNotice':
    'The server cannot be reached right now. You can keep working on the copy stored in this browser.',

  'notFound.heading': 'This session does not exist (anymore)',
  'notFound.body':
    'This session does not exist (anymore). Perhaps the link was not copied completely, or the session was deleted. Ask the facilitator for a new link.',
  'notFound.pageHeading': 'This page does not exist',
  'notFound.pageBody': 'The address is not right. Check the link or go to the start page.',
  'wrongKey.heading': 'This facilitator link is not right',
  'wrongKey.body':
    'The session exists, but the key in your facilitator link does not belong to it. Perhaps the link was not copied completely. You can still join with the ordinary link.',
  'wrongKey.joinAsParticipant': 'Join without the facilitator role',
  'unreachable.heading': 'The server cannot be reached',
  'unreachable.body':
    'We cannot open the session right now. Check your internet connection and try again.',
  'unreachable.retry': 'Try again',
  'refused.invalidParams':
    'The server refused the connection because your name is not valid. Choose another name.',
  'refused.unauthorized':
    'The server refused your facilitator link. Open the session again with the right link.',
  'refused.chooseName': 'Choose another name',

  'board.loading': 'Loading the board…',
  'chunk.failed.heading': 'This part of the page could not be loaded',
  'chunk.failed.body':
    'The server cannot be reached right now. Nothing is lost: try again once the connection is back.',
  'chunk.failed.retry': 'Try again',
  'chunk.partsFailed':
    'Part of the exercise could not be loaded yet. It will be tried again once the connection is back.',
  'board.loadingOffline':
    'The board is waiting for the server. It appears as soon as the connection is there.',
  'board.error': 'The board could not be loaded: {reason}',
  'board.errorNewerVersion':
    'this board was made with a newer version of Reflectiebord. Reload the page.',
  'board.errorBroken': 'the content of the board could not be read.',
  'board.facilitatorBadge': 'Facilitator',
  'board.links': 'Links',
  'board.linksHeading': 'Links of this session',
  'board.close': 'Close',
  'board.tooBig':
    'Your last change was too large to send (for example a very large image). Make it smaller and try again.',
  'board.pageName': 'Page 1',
  'board.label': 'Reflection board: {title}',
  'board.results': 'Results: {title}',
  'board.resultsHint': 'What this exercise came to. It is also in the record and in the list view.',

  'connection.connected': 'Connected',
  'connection.connecting': 'Connecting…',
  'connection.reconnecting': 'Reconnecting…',
  'connection.offline': 'Offline – your work is saved locally',

  'full.heading': 'This session is full',
  'full.body':
    'This session is full: the maximum number of participants has been reached. Contact the facilitator of the session; they can open up more places. Then try again.',
  'full.retry': 'Try again',

  'phase.banner': 'Exercise and phase',
  'phase.of': 'Phase {number} of {count}',
  'phase.showMore': 'Show the whole instruction',
  'phase.goToWork': 'Go to the task',
  'phase.showLess': 'Show less',
  'timer.label': 'Time left',
  'timer.running': 'running',
  'timer.paused': 'paused',
  'timer.ready': 'not started yet',
  'timer.expired': 'Time is up',
  'timer.expiredAnnouncement': 'Time is up for this phase.',

  'closed.banner': 'This session is closed. You can still look at the board, but not change it.',
  'follow.following': 'You are following {name}',
  'follow.stop': 'Look around myself',
  'follow.dismissed': '{name} asks everyone to look along.',
  'follow.resume': 'Follow again',
  'follow.leading': 'Everyone follows you',
  'follow.stopLeadingShort': 'Stop',
  'follow.stopLeading': 'Stop being followed',
  'follow.someone': 'the facilitator',

  'facilitator.toggle': 'Facilitate',
  'facilitator.panel': 'Facilitation panel',
  'facilitator.close': 'Close panel',
  'facilitator.errorPrefix': 'That did not work:',
  'facilitator.busy': 'Working…',

  'people.heading': 'Present',
  'people.empty': 'Nobody on the board yet.',
  'people.online': 'online',
  'people.offline': 'offline',
  'people.you': '(you)',
  'people.role.facilitator': 'Facilitator',
  'people.role.coFacilitator': 'Co-facilitator',
  'people.role.participant': 'Participant',
  'people.grant': 'Make facilitator',
  'people.grantLabel': 'Make {name} co-facilitator',
  'people.revoke': 'No longer facilitator',
  'people.revokeLabel': 'Take the facilitator role back from {name}',
  'people.capLabel': 'Maximum number of participants',
  'people.capSave': 'Save',
  'people.capUsage': {
    one: '{used} of {count} place taken',
    other: '{used} of {count} places taken',
  },
  'people.capHint': 'Facilitators do not count.',

  'templates.choose': 'Choose an exercise',
  'panelFold.otherExercise': 'Choose another exercise',
  'panelFold.prepare': 'Prepare exercises',
  'panelFold.people': {
    one: 'People ({count} online) and places',
    other: 'People ({count} online) and places',
  },
  'panelFold.session': 'Session: keeping, closing or deleting',
  'templates.heading': 'Exercises',
  'templates.load': 'Load',
  'templates.loadLabel': 'Load: put exercise “{title}” on the board',
  'templates.loaded': 'On the board',
  'templates.noneLoaded': 'No exercise on the board yet.',
  'templates.active': 'Active',
  'templates.select': 'Make active',
  'templates.selectLabel': 'Make active: “{title}”',
  'templates.show': 'Show',
  'templates.showLabel': 'Show “{title}” on the board',
  'templates.remove': 'Remove',
  'templates.removeLabel': 'Remove: take the zones of “{title}” off the board',
  'templates.removeConfirm':
    'Take the zones of “{title}” off the board? What participants wrote stays on the board.',
  'templates.copy': '{title} ({number})',

  'phases.heading': 'Phase',
  'phases.none': 'Load an exercise first.',
  'phases.current': 'Now: phase {number} of {count}',
  'phases.previous': 'Previous phase',
  'phases.next': 'Next phase',
  'phases.jumpTo': 'Jump to a phase',
  'phases.currentMarker': 'current phase',

  'timerPanel.heading': 'Timer',
  'timerPanel.minutes': 'Minutes',
  'timerPanel.start': 'Start',
  'timerPanel.pause': 'Pause',
  'timerPanel.resume': 'Resume',
  'timerPanel.addMinute': '+1 minute',
  'timerPanel.reset': 'Reset',
  'timerPanel.autoStart': 'Each phase starts its own time',
  'timerPanel.sound': 'Soft chime when the time is up',
  'timerPanel.ownCarriesOn': 'Your own timer carries on; this phase has {minutes} minutes.',
  'timerPanel.startPhase': 'Start {minutes} min for this phase',

  'followPanel.heading': 'Everyone over here',
  'followPanel.hint': 'Everyone then sees what you see. Participants can look around again.',
  'followPanel.toggle': 'Everyone follows me',

  'recordPanel.heading': 'Record',
  'recordPanel.intro':
    'Everything on the board now, per exercise: as a page, as a PDF or as a text file (Markdown). Anonymous rounds stay anonymous, hidden notes stay hidden.',
  'sessionPanel.heading': 'Session',
  'sessionPanel.close': 'Close session',
  'sessionPanel.closeConfirm':
    'Close the session? Nobody can change the board until you reopen the session.',
  'sessionPanel.delete': 'Delete session',
  'sessionPanel.deleteHint':
    'Deleting removes this session’s board, results and photos for good, for everyone.',
  'sessionPanel.deleteConfirm':
    'Delete this session for good? The board, the results and the photos disappear for everyone and cannot be recovered.',
  'sessionPanel.deleteFailed': 'Deleting did not work. Please try again.',
  'sessionPanel.reopen': 'Reopen session',
  'sessionPanel.closedNote': 'The session is closed: the board is read-only.',

  'boardRecords.skipped': {
    one: '{count} part of the board could not be shown.',
    other: '{count} parts of the board could not be shown.',
  },
  'boardRecords.hint':
    'It is damaged or comes from another app. The rest of the board works as usual.',
  'boardRecords.remove': {
    one: 'Remove it for everyone',
    other: 'Remove them for everyone',
  },

  'commandError.not-facilitator': 'you do not have facilitator rights in this session (any more).',
  'commandError.session-closed': 'the session is closed. Reopen it first.',
  'commandError.session-not-found': 'this session no longer exists.',
  'commandError.invalid-duration': 'choose a time between 1 minute and 4 hours.',
  'commandError.invalid-cap': 'choose a number of participants between 1 and 100.',
  'commandError.invalid-position': 'the place on the board is not valid.',
  'commandError.unknown-template': 'that exercise does not exist (any more).',
  'commandError.unknown-instance': 'that exercise is not on the board (any more).',
  'commandError.unknown-person': 'that person has not been in this session yet.',
  'commandError.no-activity': 'load an exercise first.',
  'commandError.phase-out-of-range': 'that phase does not exist in this exercise.',
  'commandError.no-timer': 'there is no timer yet. Start one first.',
  'commandError.network': 'the server cannot be reached. Check your connection.',
  'commandError.other': 'the server refused the command. Please try again.',
  'commandError.unknown-shape': 'that note is not (or no longer) on the board.',
  'commandError.not-redactable': 'this item has no text to hide.',
  'commandError.unknown-record': 'that part is no longer on the board.',
  'commandError.not-removable': 'the board cannot do without this part.',
  'commandError.wrong-exercise': 'make the right exercise active first.',
}
