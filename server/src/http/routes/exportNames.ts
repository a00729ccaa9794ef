import { REPORT_NAMES, type Access, type ReportNames } from '@coboard/shared'
import { HttpError } from '../HttpError'

// Who is named in an export. The board keeps a default (meta.reportNames, "roles only" unless
// the group opts in); the edit link may ask for any naming, the view link only for the default
// or a stricter one, so a projector link cannot pull names the group chose to keep out.

/** From the most revealing to the most private, as shared/ lists them. */
const BY_PRIVACY = REPORT_NAMES

/**
 * The naming an export uses: `requested` (the `?names=` query, null when absent) checked against
 * the board's default and the caller's access. Throws HttpError 400 for an unknown value and 403
 * when a view token asks for more than the default shows.
 */
export function resolveReportNames(
  requested: string | null,
  boardDefault: ReportNames,
  access: Access,
): ReportNames {
  const names = readRequestedNames(requested)
  if (names === null) return boardDefault
  if (access === 'view' && BY_PRIVACY.indexOf(names) < BY_PRIVACY.indexOf(boardDefault)) {
    throw new HttpError(
      403,
      `This board's reports show ${describe(boardDefault)}; a view link may not ask for more. ` +
        'Use the participant link, or change the board’s setting.',
    )
  }
  return names
}

/**
 * The naming the `?names=` query asks for (null when absent), before the board is known. Throws
 * HttpError 400 for an unknown value.
 */
export function readRequestedNames(requested: string | null): ReportNames | null {
  if (requested === null) return null
  const names = BY_PRIVACY.find((option) => option === requested)
  if (!names) {
    throw new HttpError(400, '"names" must be one of "names", "roles" or "anonymous".')
  }
  return names
}

function describe(names: ReportNames): string {
  if (names === 'names') return 'names and sides'
  return names === 'roles' ? 'sides but no names' : 'no names and no sides'
}
