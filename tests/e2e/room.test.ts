import { describe, expect, test } from 'vitest'
import { addNote, readBoard, summonEveryone, takeHat, type ParticipantId } from '@coboard/shared'
import { connectSynced, waitForAcked } from '../helpers/providers'
import { BoardPage } from './fixtures/BoardPage'
import { useLiveServer } from './fixtures/liveServer'
import { PhonePage } from './fixtures/PhonePage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { ProjectorPage } from './fixtures/ProjectorPage'
import { createRoomBoard } from './fixtures/roomBoard'

// In the room and remote on equal terms: the projector on the wall, a laptop and a phone on one
// board, against a real server serving a fresh build of the client.

const live = useLiveServer()

describe('room', () => {
  test('the projector shows a note written on a laptop, and a QR code that opens the board', async () => {
    const board = await createRoomBoard(live.server.url, 'Crisis pathway')
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    const amina = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Amina',
      role: 'lived-experience',
    })
    try {
      await amina.addNote()
      await amina.typeInNote('A call-back promise: within 2 hours')
      await projector.noteByText('A call-back promise: within 2 hours').waitFor()

      // The short link: joinCode.test.ts follows it to the board.
      expect(await projector.decodeJoinQr()).toBe(board.shortJoinUrl)
    } finally {
      await projector.close()
      await amina.close()
    }
  })

  test('the projector cannot edit: no controls, and a write with its key is not kept', async () => {
    const board = await createRoomBoard(live.server.url, 'Read only')
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    const viewer = await connectSynced({
      url: live.server.url,
      boardId: board.id,
      token: board.viewToken,
      participantId: 'projectorraw1',
    })
    try {
      await expect(projector.controls().count()).resolves.toBe(0)
      // The keys that add a note on a laptop do nothing here.
      await projector.page.keyboard.press('n')
      await projector.page.mouse.dblclick(600, 500)

      // A raw write with the view token, as a tampered page would send it.
      addNote(viewer.doc, {
        x: 0,
        y: 0,
        text: 'Sneaked in from the projector',
        authorId: 'projectorraw1' as ParticipantId,
        role: 'other',
      })
      await expect.poll(() => viewer.syncStatus.refused, { timeout: 10_000 }).toBeGreaterThan(0)

      const check = await connectSynced({
        url: live.server.url,
        boardId: board.id,
        token: board.editToken,
      })
      try {
        expect(readBoard(check.doc).items.size).toBe(0)
      } finally {
        check.destroy()
      }
      await expect(projector.notes().count()).resolves.toBe(0)
    } finally {
      viewer.destroy()
      await projector.close()
    }
  })

  test('the projector follows a summon to the facilitator’s view', async () => {
    const board = await createRoomBoard(live.server.url, 'Look here')
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    const facilitator = await connectSynced({
      url: live.server.url,
      boardId: board.id,
      token: board.editToken,
    })
    try {
      const hat = { participantId: 'sianfacil1' as ParticipantId, role: 'provider' }
      takeHat(facilitator.doc, hat)
      summonEveryone(facilitator.doc, { x: 900, y: 400, zoom: 2 }, hat)
      await waitForAcked(facilitator)
      await projector.page.getByText('Showing what the facilitator is showing').waitFor()
      await expect
        .poll(() => projector.page.locator('.projector-world').getAttribute('style'))
        .toContain('scale(2)')
    } finally {
      facilitator.destroy()
      await projector.close()
    }
  })

  test('people see each other’s pointers, by name and side, and who is typing where', async () => {
    const board = await createRoomBoard(live.server.url, 'Together')
    const amina = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const sian = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Sian',
      role: 'provider',
    })
    try {
      await sian.page.mouse.move(400, 400)
      await sian.page.mouse.move(700, 500, { steps: 6 })
      const cursor = amina.page.getByTestId('remote-cursor')
      await expect.poll(() => cursor.textContent()).toBe('SianProvider')

      await amina.addNote()
      await amina.typeInNote('Call-backs')
      const theirs = sian.noteByText('Call-backs')
      await theirs.waitFor()
      await sian.editNote(theirs, 'End')
      await sian.page.keyboard.type(' within 2 hours', { delay: 20 })
      await amina.page
        .getByTestId('remote-editing')
        .filter({ hasText: 'Sian is typing…' })
        .waitFor()
      await expect(amina.page.getByTestId('people-here').textContent()).resolves.toContain('2')
    } finally {
      await amina.close()
      await sian.close()
    }
  })

  test('private writing on a laptop and a phone reaches no other screen until it is revealed', async () => {
    const board = await createRoomBoard(live.server.url, 'Hopes and fears', 'co-production')
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    const phone = await PhonePage.open(live.browser, board.editUrl, {
      name: 'Dev',
      role: 'provider',
    })
    const laptop = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const coproduction = new CoproductionPage(laptop)
    try {
      // Dev keeps his note in the room, chosen before it is added.
      await phone.page.getByTestId('phone-consent-summary').tap()
      await phone.page.locator('input[type="radio"][value="room-only"]').check()
      await phone.addNote('I worry we have no staff to deliver this')
      // The phone says where the note went: nowhere but its author's screen, for now.
      await expect(phone.page.getByTestId('phone-added').textContent()).resolves.toBe(
        'Added. Only you can see it until the facilitator reveals this stage. ' +
          'It stays in this room: never exported.',
      )
      await expect(phone.myNotes().first().textContent()).resolves.toContain('no staff to deliver')
      await laptop.addNote()
      await laptop.typeInNote('They never call back when my son is in crisis')
      await laptop.noteByText('my son is in crisis').waitFor()
      await coproduction.reframeChipFor('my son is in crisis').click()
      // Her reframe quotes her words on her screen only.
      await coproduction.reframeByText('my son is in crisis').waitFor()
      // Her outline reads them from her own private words too.
      await laptop.page.getByTestId('outline-toggle').click()
      await laptop.page
        .getByTestId('outline-note')
        .filter({ hasText: 'my son is in crisis' })
        .waitFor()
      await laptop.page.getByTestId('outline-toggle').click()

      await expect
        .poll(() => projector.page.getByTestId('projector-face-down').textContent())
        .toBe('3 cards from 2 people face down')
      // The laptop counts the same cards as the wall, her own among them.
      await expect
        .poll(() => laptop.page.getByTestId('face-down-count').textContent())
        .toBe('3 cards from 2 people face down, 2 of them yours.')
      // Each screen says who can read what.
      await expect(laptop.page.getByTestId('private-notice').textContent()).resolves.toContain(
        'Nobody else’s screen, the projector or an export gets your words',
      )
      // Not drawn, and not anywhere in the page: these devices never received the words.
      await expect(projector.page.content()).resolves.not.toContain('no staff to deliver')
      await expect(projector.page.content()).resolves.not.toContain('my son is in crisis')
      await expect(laptop.page.content()).resolves.not.toContain('no staff to deliver')
      await expect(phone.page.content()).resolves.not.toContain('my son is in crisis')
      await expect(projector.notes().count()).resolves.toBe(0)

      await laptop.page.getByTestId('hat-button').click()
      await laptop.page.getByTestId('take-hat').click()
      await laptop.page.getByTestId('reveal-stage').click()
      // The phone's note reaches the projector with its writer's side.
      const fromPhone = projector.noteByText('no staff to deliver')
      await fromPhone.waitFor()
      await expect(fromPhone.locator('[data-role="provider"]').count()).resolves.toBe(1)
      await projector.noteByText('my son is in crisis').waitFor()
      await expect
        .poll(() => projector.page.getByTestId('reframe-card').first().textContent())
        .toContain('my son is in crisis')
      await laptop.noteByText('no staff to deliver').waitFor()
      await expect(laptop.page.getByTestId('face-down-note').count()).resolves.toBe(0)
      // His choice came with the note: the facilitator may only keep it as strict.
      await laptop.noteByText('no staff to deliver').focus()
      const consent = laptop.page.getByTestId('consent-select')
      await expect.poll(() => consent.inputValue()).toBe('room-only')
    } finally {
      await projector.close()
      await phone.close()
      await laptop.close()
    }
  })

  test('anyone on the board opens the projector view from the Invite menu, with the code to join', async () => {
    const board = await createRoomBoard(live.server.url, 'Start page closed')
    const amina = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Amina',
      role: 'lived-experience',
    })
    let projector: ProjectorPage | undefined
    try {
      await amina.page.getByRole('button', { name: 'Invite', exact: true }).click()
      const link = amina.page.getByRole('link', { name: /Open the projector view/ })
      expect(await link.getAttribute('target')).toBe('_blank')
      const href = await link.getAttribute('href')
      expect(href).toBe(`${live.server.url}/b/${board.id}/projector#edit=${board.editToken}`)
      await amina.page.keyboard.press('Escape')
      await expect(link.count()).resolves.toBe(0)

      projector = await ProjectorPage.open(live.browser, href!)
      await expect(projector.page.getByTestId('join-code').textContent()).resolves.toBe(
        board.joinCode,
      )
      expect(await projector.decodeJoinQr()).toBe(board.shortJoinUrl)
      // Read-only whatever key it was opened with: nothing to press or type into.
      await expect(projector.controls().count()).resolves.toBe(0)
      await amina.addNote()
      await amina.typeInNote('Seen on the wall')
      await projector.noteByText('Seen on the wall').waitFor()
    } finally {
      await projector?.close()
      await amina.close()
    }
  })
})
