import { describe, expect, it } from 'vitest'
import { exportFileName } from '.'

describe('exportFileName', () => {
  it.each([
    ['Improving the crisis pathway', 'pdf', 'Improving-the-crisis-pathway.pdf'],
    ["Siân's café — ✓ 2026", '.csv', 'Sian-s-cafe-2026.csv'],
    ['../../etc/passwd', 'md', 'etc-passwd.md'],
    ['CON', 'json', 'CON-board.json'],
    ['lpt1', 'csv', 'lpt1-board.csv'],
    ['  --__Hello__--  ', 'svg', 'Hello.svg'],
    ['日本語', 'html', 'coboard-board.html'],
    ['', 'png', 'coboard-board.png'],
    ['Report', '', 'Report'],
    ['Report', 'p/d f', 'Report.pdf'],
  ])('%j, %j → %j', (title, extension, expected) => {
    expect(exportFileName(title, extension)).toBe(expected)
  })

  it('keeps the name to 80 characters before the extension', () => {
    const name = exportFileName('word '.repeat(40), 'md')
    expect(name.length).toBeLessThanOrEqual(80 + '.md'.length)
    expect(name).toMatch(/^[A-Za-z0-9_-]+\.md$/)
    expect(name).not.toMatch(/-\.md$/)
  })
})
