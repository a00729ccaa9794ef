import type { Extension } from '@hocuspocus/server'
import type { Logger } from '../logger'
import { StopHooks } from '../collab/errors'

// Hocuspocus runs some hooks without anyone awaiting or catching the result (onChange,
// onAwarenessUpdate, onDisconnect, afterUnloadDocument, …). A rejection there is an unhandled
// rejection, which ends a Node process. Those hooks are wrapped to log and swallow, and so are
// the after-the-fact ones whose failure Hocuspocus would misread: a failing afterStoreDocument
// counts as a failed store, a failing afterLoadDocument leaves a half-set-up document behind.
// onStateless is special: rejecting is how a hook drops a message, but a rejection with a
// message is rethrown to nobody, so it becomes a silent StopHooks.

const DETACHED_HOOKS = [
  'onConfigure',
  'onListen',
  'afterLoadDocument',
  'onChange',
  'onAwarenessUpdate',
  'beforeBroadcastStateless',
  'afterStoreDocument',
  'onDisconnect',
  'afterUnloadDocument',
  'onDestroy',
] as const

type Hook = (payload: unknown) => Promise<unknown>

/** The same extension with its fire-and-forget hooks made safe; other hooks pass through. */
export function guardHooks(extension: Extension, log: Logger): Extension {
  const name = extension.extensionName ?? extension.constructor.name
  const guarded: Record<string, unknown> = {
    extensionName: name,
    priority: extension.priority,
  }
  const hooks = extension as unknown as Record<string, Hook | undefined>
  for (const key of allKeys(extension)) {
    const hook = hooks[key]
    if (typeof hook !== 'function' || !isHookName(key)) continue
    const bound: Hook = hook.bind(extension)
    if ((DETACHED_HOOKS as readonly string[]).includes(key)) {
      guarded[key] = (payload: unknown) =>
        Promise.resolve()
          .then(() => bound(payload))
          .catch((error: unknown) =>
            log.error({ err: error, extension: name, hook: key }, 'hook failed'),
          )
    } else if (key === 'onStateless') {
      guarded[key] = (payload: unknown) =>
        Promise.resolve()
          .then(() => bound(payload))
          .catch((error: unknown) => {
            if (!(error instanceof StopHooks)) {
              log.error({ err: error, extension: name, hook: key }, 'hook failed')
            }
            throw new StopHooks()
          })
    } else {
      guarded[key] = bound
    }
  }
  return guarded as Extension
}

/** Hocuspocus hook names all look like this; an extension's own helpers are left out. */
function isHookName(key: string): boolean {
  return /^(on|before|after)[A-Z]/.test(key) || key === 'connected'
}

/** Own and inherited method names, stopping before Object.prototype. */
function allKeys(object: object): Set<string> {
  const keys = new Set<string>()
  for (
    let proto = object;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const key of Object.getOwnPropertyNames(proto)) keys.add(key)
  }
  return keys
}
