import { describe, expect, test } from 'vitest'
import { boardLinks } from '@coboard/shared'
import { readLinkKey } from './linkKey'
import { joinUrl, projectorLinkFromBoard, readJoinToken } from './joinLink'

const EDIT = 'e'.repeat(43)
const VIEW = 'v'.repeat(43)

describe('projector join link', () => {
  test('the projector connects with the view token and shows the edit token only as a code', () => {
    const link = boardLinks('https://x.org', 'abc12345', EDIT, VIEW).projectorUrl
    expect(link.startsWith(`https://x.org/b/abc12345/projector#view=${VIEW}&`)).toBe(true)
    const hash = new URL(link).hash
    expect(readLinkKey(hash)).toEqual({ access: 'view', token: VIEW })
    expect(readJoinToken(hash)).toBe(EDIT)
    expect(joinUrl('https://x.org', 'abc12345', EDIT)).toBe(`https://x.org/b/abc12345#edit=${EDIT}`)
  })

  test('a projector opened from inside a board uses its edit key, read-only, for the code', () => {
    const link = projectorLinkFromBoard('https://x.org', 'abc12345', EDIT)
    expect(link).toBe(`https://x.org/b/abc12345/projector#edit=${EDIT}`)
    const hash = new URL(link).hash
    expect(readLinkKey(hash)).toEqual({ access: 'edit', token: EDIT })
    expect(readJoinToken(hash)).toBe(EDIT)
  })

  test('ignores a missing or malformed join token', () => {
    expect(readJoinToken(`#view=${VIEW}`)).toBeNull()
    expect(readJoinToken(`#view=${VIEW}&join=<script>`)).toBeNull()
  })
})
