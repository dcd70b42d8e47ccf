/**
 * A soft two-note chime made with Web Audio, so no sound file is fetched and nothing plays
 * unless the facilitator asked for it. Browsers keep audio silent until the person has used
 * the page; then this quietly does nothing, and the words on screen still say it.
 */
export function playSoftChime(): void {
  const AudioContextClass = globalThis.AudioContext
  if (!AudioContextClass) return
  try {
    const context = new AudioContextClass()
    const notes = [660, 880]
    notes.forEach((frequency, index) => {
      const start = context.currentTime + index * 0.35
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency
      // Fade in and out: a bell, not a beep.
      gain.gain.setValueAtTime(0, start)
      gain.gain.linearRampToValueAtTime(0.12, start + 0.04)
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.2)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(start)
      oscillator.stop(start + 1.25)
    })
    setTimeout(() => void context.close(), 2_500)
  } catch {
    // No audio device, or the browser refused: the timer's words are enough.
  }
}
