import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import {
  addNote,
  addOutcome,
  advanceStage,
  joinBoard,
  clearSpotlight,
  groupItems,
  readBoard,
  setProjectorView,
  spotlightItem,
  takeHat,
  type ItemId,
  type ParticipantId,
  type RoleId,
} from '@coboard/shared'
import { connectSynced, waitForAcked, type TestClient } from '../helpers/providers'
import { useLiveServer } from './fixtures/liveServer'
import { ProjectorPage } from './fixtures/ProjectorPage'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { editAsServer } from './fixtures/editAsServer'
import { groupHopes, hasWorkshopFixture, seedWorkshop } from './fixtures/workshopSeed'
import { createRoomBoard } from './fixtures/roomBoard'

// The wall at the back of the room, 1920 × 1080: what the room is working on at a size it can
// read, a page at a time when it does not fit, a spotlighted card alone and large, and the
// whole board only when the facilitator asks for it.

const live = useLiveServer()
/** The wall's page turn (PAGE_MS in useProjectorCamera.ts). */
const PAGE_MS = 12_000
const SCREENSHOTS = process.env.PROJECTOR_SCREENSHOTS

const sian = { participantId: 'sianfacil1' as ParticipantId, role: 'provider' as RoleId }
const SIDES: readonly RoleId[] = ['lived-experience', 'provider', 'commissioner']
const WORDS = [
  'Nobody calls back after the crisis line',
  'I had to tell my story four times in one night',
  'A named person who knows me',
  'Letters arrive after the appointment has already happened',
  'Staff are stretched and the rota changes every week, so nobody gets to know the people they are supposed to be helping, and the families notice it before we do',
  'Carers are not told when someone is discharged',
  'Waiting room at A&E is no place for a panic attack',
  'We could share one care plan across services',
  'Text reminders the day before',
  'Peer support workers on the night shift',
]

/** Writes 40 notes into the current stage, eight to a row, as a busy stage leaves them. */
async function busyStage(client: TestClient): Promise<ItemId[]> {
  const ids: ItemId[] = []
  const stageId = readBoard(client.doc).meta.currentStageId
  for (let index = 0; index < 40; index++) {
    ids.push(
      addNote(client.doc, {
        x: (index % 8) * 244,
        y: Math.floor(index / 8) * 184,
        text: `${WORDS[index % WORDS.length]} (${index + 1})`,
        authorId: `writer${index % 6}` as ParticipantId,
        role: SIDES[index % SIDES.length],
        stageId,
      }),
    )
  }
  await waitForAcked(client)
  return ids
}

/** A board on its second stage, with Sian wearing the hat and 40 notes in that stage. */
async function boardWithBusyStage() {
  const board = await createRoomBoard(live.server.url, 'Crisis pathway', 'co-production')
  const sianClient = await connectSynced({
    url: live.server.url,
    boardId: board.id,
    token: board.editToken,
    participantId: sian.participantId,
  })
  takeHat(sianClient.doc, sian)
  advanceStage(sianClient.doc, sian)
  const ids = await busyStage(sianClient)
  return { board, sian: sianClient, ids }
}

/** Each drawn note: its words, its text's and side tag's on-screen size, and whether shown whole. */
function readNotes(page: Page) {
  return page.evaluate(() => {
    const area = document.querySelector('[data-testid="projector-board"]')!.getBoundingClientRect()
    return [...document.querySelectorAll<HTMLElement>('[data-testid="note"]')].map((note) => {
      const text = note.querySelector<HTMLElement>('.note-text')!
      const tag = note.querySelector<HTMLElement>('.role-tag')!
      const box = note.getBoundingClientRect()
      // The card's on-screen size over its laid-out size is the camera's scale.
      const scale = box.width / note.offsetWidth
      return {
        text: text.textContent ?? '',
        textPx: parseFloat(getComputedStyle(text).fontSize) * scale,
        tagPx: parseFloat(getComputedStyle(tag).fontSize) * scale,
        // A card faded at a page's edge is there for context; another page shows it.
        whole:
          !note.closest('.projector-off-page') &&
          box.left >= area.left - 1 &&
          box.top >= area.top - 1 &&
          box.right <= area.right + 1 &&
          box.bottom <= area.bottom + 1,
      }
    })
  })
}

/** Waits until the camera has stopped gliding. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const world = document.querySelector('.projector-world')
    return world !== null && world.getAnimations().length === 0
  })
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}

describe('projector', () => {
  test('40 notes in the stage read at 20 px or more, a page at a time, and every one comes up', async () => {
    const { board, sian: client } = await boardWithBusyStage()
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl, { clock: true })
    try {
      const paging = projector.page.getByTestId('projector-paging')
      await paging.waitFor()
      const pages = Number(/of (\d+)/.exec((await paging.textContent()) ?? '')?.[1])
      expect(pages).toBeGreaterThan(1)

      const seen = new Set<string>()
      for (let page = 1; page <= pages; page++) {
        await expect.poll(() => paging.textContent()).toBe(`Page ${page} of ${pages}`)
        await settled(projector.page)
        if (page === 1) await screenshot(projector.page, 'projector-page-1')
        const shown = (await readNotes(projector.page)).filter((note) => note.whole)
        expect(shown.length).toBeGreaterThan(0)
        for (const note of shown) {
          expect(note.textPx).toBeGreaterThanOrEqual(20)
          expect(note.tagPx).toBeGreaterThanOrEqual(16)
          seen.add(note.text)
        }
        await projector.page.clock.fastForward(PAGE_MS)
      }
      expect(seen.size).toBe(40)
      // And round again.
      await expect.poll(() => paging.textContent()).toBe(`Page 1 of ${pages}`)
    } finally {
      client.destroy()
      await projector.close()
    }
  })

  test('the whole board shrinks to fit only when the facilitator chooses it', async () => {
    const { board, sian: client } = await boardWithBusyStage()
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    try {
      await projector.page.getByTestId('projector-paging').waitFor()
      setProjectorView(client.doc, 'board', sian)
      await waitForAcked(client)
      await projector.page.getByTestId('projector-paging').waitFor({ state: 'detached' })
      await settled(projector.page)
      const notes = await readNotes(projector.page)
      expect(notes.filter((note) => note.whole)).toHaveLength(40)
      await screenshot(projector.page, 'projector-whole-board')

      setProjectorView(client.doc, 'stage', sian)
      await projector.page.getByTestId('projector-paging').waitFor()
    } finally {
      client.destroy()
      await projector.close()
    }
  })

  test('a spotlighted note is shown alone, large, with its side, until it is cleared', async () => {
    const { board, sian: client, ids } = await boardWithBusyStage()
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    try {
      await projector.page.getByTestId('projector-paging').waitFor()
      expect(spotlightItem(client.doc, ids[4], sian)).toBe(true)
      await waitForAcked(client)

      const caption = projector.page.getByTestId('projector-spotlight')
      await caption.waitFor()
      await expect(caption.textContent()).resolves.toContain('Provider')
      await expect.poll(() => projector.notes().count()).toBe(1)
      await settled(projector.page)
      const [note] = await readNotes(projector.page)
      expect(note.text).toBe(`${WORDS[4]} (5)`)
      expect(note.whole).toBe(true)
      expect(note.textPx).toBeGreaterThanOrEqual(40)
      await expect(projector.page.getByTestId('projector-paging').count()).resolves.toBe(0)
      await screenshot(projector.page, 'projector-spotlight')

      expect(clearSpotlight(client.doc, sian)).toBe(true)
      await caption.waitFor({ state: 'detached' })
      await expect.poll(() => projector.notes().count()).toBeGreaterThan(1)
      await projector.page.getByTestId('projector-paging').waitFor()

      // Moving to another stage takes it down too.
      spotlightItem(client.doc, ids[0], sian)
      await caption.waitFor()
      advanceStage(client.doc, sian)
      await caption.waitFor({ state: 'detached' })
    } finally {
      client.destroy()
      await projector.close()
    }
  })

  test('the facilitator spotlights a note from their laptop, everyone sees that it is up, and clears it', async () => {
    const { board, sian: client } = await boardWithBusyStage()
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    const facilitator = await FacilitationPage.open(live.browser, board.editUrl, null, {
      as: { boardId: board.id, participantId: sian.participantId, name: 'Sian', role: 'provider' },
    })
    const tom = await FacilitationPage.open(live.browser, board.editUrl, {
      name: 'Tom',
      role: 'lived-experience',
    })
    try {
      // A note low on the board: a selected note's toolbar sits above it, clear of the stage bar.
      const words = `${WORDS[6]} (27)`
      // Someone without the hat is offered no spotlight.
      await tom.note(words).click()
      await tom.page.getByTestId('note-toolbar').waitFor()
      await expect(tom.page.getByTestId('spotlight-button').count()).resolves.toBe(0)

      await facilitator.note(words).click()
      await facilitator.page.getByTestId('note-toolbar').waitFor()
      await screenshot(facilitator.page, 'laptop-note-toolbar')
      await facilitator.page.getByRole('button', { name: 'Spotlight on the projector' }).click()
      await projector.page.getByTestId('projector-spotlight').waitFor()
      await expect.poll(() => projector.notes().count()).toBe(1)
      await expect(projector.notes().first().textContent()).resolves.toContain(words)

      // Every laptop says what is up on the wall; only the hat wearer can take it down.
      const tomStatus = tom.page.getByTestId('spotlight-status')
      await tomStatus.waitFor()
      await expect(tomStatus.textContent()).resolves.toContain(words)
      await expect(tom.page.getByTestId('clear-spotlight').count()).resolves.toBe(0)
      await facilitator.page.keyboard.press('Escape')
      await screenshot(facilitator.page, 'laptop-spotlight-status')
      await facilitator.page.getByTestId('clear-spotlight').click()
      await projector.page.getByTestId('projector-spotlight').waitFor({ state: 'detached' })
      await tomStatus.waitFor({ state: 'detached' })

      // The whole board is the facilitator's deliberate choice.
      await projector.page.getByTestId('projector-paging').waitFor()
      await facilitator.page.getByTestId('projector-view').selectOption('board')
      await projector.page.getByTestId('projector-paging').waitFor({ state: 'detached' })
      expect(readBoard(client.doc).meta.projectorView).toBe('board')
    } finally {
      client.destroy()
      await Promise.all([projector.close(), facilitator.close(), tom.close()])
    }
  })

  test('outcome cards on the wall show every field whole, wrapping, and a spotlighted one reads large', async () => {
    const board = await createRoomBoard(live.server.url, 'Crisis pathway', 'co-production')
    const client = await connectSynced({
      url: live.server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: sian.participantId,
    })
    takeHat(client.doc, sian)
    advanceStage(client.doc, sian)
    advanceStage(client.doc, sian)
    const targets = [
      ['About 40% called back the same day', '90% by March 2027, every side agreed'],
      ['No named contact', 'Everyone leaving A&E has a named person within 48 hours'],
      ['Nobody asks carers', 'Carers told of every discharge, the same day'],
    ] as const
    const ids = targets.map((_, index) => `outcome${index}` as ItemId)
    // The fullest card there is: two lines of outcome, three of measure, a two-line target, and
    // a side of every kind in the room (their agreement list is the card's footer).
    await editAsServer(live.server, board.id, (doc) => {
      ;['lived-experience', 'provider', 'commissioner', 'other'].forEach((role, index) =>
        joinBoard(doc, { id: `person${index}` as ParticipantId, name: `P${index}`, role }),
      )
      targets.forEach(([baseline, target], index) =>
        addOutcome(doc, {
          id: ids[index],
          x: index * 360,
          y: 0,
          outcome: [
            'People in crisis reach someone who knows their plan',
            'Known by name',
            'Carers kept in the loop',
          ][index],
          measure: [
            'Share of crisis calls answered by someone with access to the caller’s crisis plan.',
            'Time from message to call back.',
            'Carer survey question: ‘I was involved as much as I wanted to be’ (agree or strongly agree).',
          ][index],
          details: { baseline, target },
          authorId: sian.participantId,
          role: SIDES[index],
        }),
      )
    })
    await waitForAcked(client)
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    try {
      const outcomes = projector.page.getByTestId('outcome-card')
      await expect.poll(() => outcomes.count()).toBe(3)
      await settled(projector.page)
      await screenshot(projector.page, 'projector-outcomes')
      // Nothing on a card ends in an ellipsis: no text box is narrower or shorter than its words.
      const cut = await projector.page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '[data-testid="outcome-card"] .outcome-path-text, [data-testid="outcome-card"] .outcome-text, [data-testid="outcome-card"] .outcome-measure-text',
          ),
        ]
          .filter(
            (text) =>
              text.scrollWidth > text.clientWidth || text.scrollHeight > text.clientHeight + 1,
          )
          .map((text) => text.textContent),
      )
      expect(cut).toEqual([])
      // Nor does anything spill out of its card or run into the line below it.
      const spilled = await projector.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="outcome-card"]')].flatMap(
          (card) => {
            const path = card.querySelector('.outcome-path')!.getBoundingClientRect()
            const footer = card.querySelector('.outcome-footer')!.getBoundingClientRect()
            const bottom = card.getBoundingClientRect().bottom
            return path.bottom > footer.top + 1 || footer.bottom > bottom + 1
              ? [card.querySelector('.outcome-text')?.textContent]
              : []
          },
        ),
      )
      expect(spilled).toEqual([])

      spotlightItem(client.doc, ids[0], sian)
      await waitForAcked(client)
      await expect.poll(() => outcomes.count()).toBe(1)
      await settled(projector.page)
      await screenshot(projector.page, 'projector-spotlight-outcome')
      const sizes = await projector.page.evaluate(() => {
        const card = document.querySelector<HTMLElement>('[data-testid="outcome-card"]')!
        const scale = card.getBoundingClientRect().width / card.offsetWidth
        const size = (selector: string) =>
          parseFloat(getComputedStyle(card.querySelector(selector)!).fontSize) * scale
        return { outcome: size('.outcome-text'), target: size('.outcome-path-text') }
      })
      expect(sizes.outcome).toBeGreaterThanOrEqual(40)
      expect(sizes.target).toBeGreaterThanOrEqual(30)
    } finally {
      client.destroy()
      await projector.close()
    }
  })

  test('a spotlighted group shows its cards alone, together and readable', async () => {
    const { board, sian: client, ids } = await boardWithBusyStage()
    const members = [ids[9], ids[10], ids[17], ids[18], ids[25]]
    const group = groupItems(client.doc, readBoard(client.doc), {
      title: 'Being known',
      memberIds: members,
      authorId: sian.participantId,
      role: sian.role,
    })
    expect(group).not.toBeNull()
    spotlightItem(client.doc, group!, sian)
    await waitForAcked(client)
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    try {
      await projector.page.getByTestId('projector-spotlight').waitFor()
      await expect.poll(() => projector.notes().count()).toBe(members.length)
      await settled(projector.page)
      await screenshot(projector.page, 'projector-spotlight-group')
      const notes = await readNotes(projector.page)
      expect(notes.every((note) => note.whole && note.textPx >= 20)).toBe(true)
      await expect(
        projector.page.getByTestId('projector-spotlight').textContent(),
      ).resolves.toContain('Group')
    } finally {
      client.destroy()
      await projector.close()
    }
  })

  test.skipIf(!hasWorkshopFixture())(
    'the crisis-pathway workshop reads on the wall at every stage it works on',
    async () => {
      const board = await createRoomBoard(
        live.server.url,
        'Improving the community mental health crisis pathway',
        'co-production',
      )
      const steer = (edit: (doc: Parameters<typeof advanceStage>[0]) => void) =>
        editAsServer(live.server, board.id, edit)
      await steer((doc) => {
        const seeded = seedWorkshop(doc)
        takeHat(doc, sian)
        advanceStage(doc, sian)
        groupHopes(doc, seeded, 'Grace')
      })
      const projector = await ProjectorPage.open(live.browser, board.projectorUrl, { clock: true })
      try {
        for (const title of ['They → we', 'Outcomes and measures']) {
          await expect
            .poll(() => projector.page.getByTestId('projector-stage-title').textContent())
            .toBe(title)
          const paging = projector.page.getByTestId('projector-paging')
          await paging.waitFor()
          const pages = Number(/of (\d+)/.exec((await paging.textContent()) ?? '')?.[1])
          for (let page = 1; page <= pages; page++) {
            await expect.poll(() => paging.textContent()).toBe(`Page ${page} of ${pages}`)
            await settled(projector.page)
            const name = `projector-workshop-${title.replace(/\W+/g, '-')}-${page}`
            await screenshot(projector.page, name)
            const shown = (await readNotes(projector.page)).filter((note) => note.whole)
            for (const note of shown) expect(note.textPx).toBeGreaterThanOrEqual(20)
            await projector.page.clock.fastForward(PAGE_MS)
          }
          await steer((doc) => void advanceStage(doc, sian))
        }
      } finally {
        await projector.close()
      }
    },
  )
})
