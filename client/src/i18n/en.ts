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

  'connection.connected': 'Connected',
  'connection.connecting': 'Connecting…',
  'connection.reconnecting': 'Reconnecting…',
  'connection.offline': 'Offline – your work is saved locally',
}
