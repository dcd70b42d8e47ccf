import { PARTICIPANT_ID_HEADER } from '@reflectiebord/shared'
import sharp from 'sharp'

export interface PhotoUpload {
  status: number
  /** Where the stored picture is served (on 201). */
  src: string | undefined
}

/**
 * A small picture of one colour, uploaded to a session the way the page does (`POST
 * /api/sessions/:id/assets`, the participant id in a header).
 */
export async function uploadPhoto(
  baseUrl: string,
  sessionId: string,
  participantId: string,
  {
    width = 20,
    height = 20,
    background = '#123456',
    format = 'png',
  }: { width?: number; height?: number; background?: string; format?: 'png' | 'jpeg' } = {},
): Promise<PhotoUpload> {
  const picture = sharp({ create: { width, height, channels: 3, background } })
  const photo = await (format === 'png' ? picture.png() : picture.jpeg()).toBuffer()
  const res = await fetch(`${baseUrl}/api/sessions/${sessionId}/assets`, {
    method: 'POST',
    headers: { 'content-type': `image/${format}`, [PARTICIPANT_ID_HEADER]: participantId },
    body: photo,
  })
  const src = res.status === 201 ? ((await res.json()) as { src: string }).src : undefined
  return { status: res.status, src }
}
