// A soft two-note chime synthesised with WebAudio: no sound files to ship or fetch. Each note is
// a sine with a quiet inharmonic partial (what makes a bell a bell), a quick attack and a long
// exponential fade, so it is noticeable in a quiet room without startling anyone.

type AudioContextClass = typeof AudioContext
let context: AudioContext | null = null

function audio(): AudioContext | null {
  const Context: AudioContextClass | undefined =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext
  if (!Context) return null
  context ??= new Context()
  // Browsers start audio suspended until a user gesture; resuming here is a no-op otherwise.
  void context.resume().catch(() => {})
  return context
}

function strike(ctx: AudioContext, frequency: number, at: number, volume: number) {
  const gain = ctx.createGain()
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(volume, at + 0.015)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.8)
  gain.connect(ctx.destination)
  for (const [ratio, level] of [
    [1, 1],
    [2.76, 0.18],
  ]) {
    const partial = ctx.createGain()
    partial.gain.value = level
    partial.connect(gain)
    const oscillator = ctx.createOscillator()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequency * ratio
    oscillator.connect(partial)
    oscillator.start(at)
    oscillator.stop(at + 1.9)
  }
}

/**
 * Plays the chime. Call it once from a click first (turning the sound on does): browsers only
 * let a page make sound after the person has interacted with it.
 */
export function playChime(volume = 0.2): void {
  const ctx = audio()
  if (!ctx) return
  const now = ctx.currentTime + 0.02
  strike(ctx, 783.99, now, volume)
  strike(ctx, 659.25, now + 0.35, volume * 0.85)
}
