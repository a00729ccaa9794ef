import { samples, type TheyFramingSample } from './theyFramingCorpus'

/**
 * A second set of statements written before the recall rules of issue #18's second round and read
 * once, after tuning on THEY_FRAMING_CORPUS was done. Never tune on them, and never change a
 * label to make a test pass.
 */
export const THEY_FRAMING_SET_ASIDE_2: readonly TheyFramingSample[] = [
  // They framing: verbs no sentiment lexicon rates, imperatives at another party, passives with
  // a blamed agent, sarcasm, blame in a second sentence and a generic "you" being done to.
  ...samples('patient', true, [
    'The consultant talked over me the whole time.',
    'I was sent home by a doctor who never examined me.',
    'Reception cancelled my appointment and rebooked it for a day I work.',
    'The pharmacist handed my tablets to someone else.',
    'I waited all morning. Then the nurse told me to come back tomorrow.',
    'Stop asking me the same questions every time I ring.',
    'The out-of-hours doctor laughed when I described the pain.',
  ]),
  ...samples('carer', true, [
    'The ward moved Dad to another hospital without phoning me.',
    'The falls clinic took Mum off the list because she missed one call.',
    'Give carers a number that someone actually answers.',
    'I was told off by the matron for asking about his medication.',
    'Great, another letter from the council that nobody can read.',
    'The agency sends a different carer every day, so Mum never knows who is coming.',
  ]),
  ...samples('parent', true, [
    'The school put my daughter in isolation for a week over her shoes.',
    'The assessment team bounced our referral back twice.',
    'You get passed between CAMHS and the GP like a parcel.',
    'We asked for help in September. The school did nothing until March.',
    'Tell us when our children are being restrained.',
    'The EHCP panel wrote him off before they had even met him.',
  ]),
  ...samples('young person', true, [
    'My foster placement ended with one day’s notice from the local authority.',
    'The youth club shut and the council just sold the building.',
    'The benefits office makes you prove you’re ill every six months.',
    'Listen to us for once instead of deciding for us.',
    'The nurse read my notes out in the waiting room.',
  ]),
  ...samples('tenant', true, [
    'The housing officer promised a call back and vanished.',
    'The contractors painted over the mould and called it fixed.',
    'Fix the boiler before winter, not after.',
    'My rent went up again. The landlord still hasn’t fixed the window.',
    'I was moved to a flat on the eighth floor by a housing officer who knew I use a wheelchair.',
    'Oh brilliant, the repairs line put me on hold for another hour.',
  ]),
  ...samples('clinician', true, [
    'Management rushed the new rota through without asking the ward.',
    'The trust inflated the waiting figures to look good.',
    'Relatives make up complaints to get their mum moved up the list.',
    'GPs dump complex patients on us on a Friday afternoon.',
    'Stop sending us referrals with no history.',
  ]),
  ...samples('receptionist', true, [
    'Patients snap at us about things the doctors decide.',
    'Some callers swear at you the moment you answer.',
    'The practice manager changed the system overnight and left us to explain it.',
    'People give a false address to get seen at this surgery.',
  ]),
  ...samples('manager', true, [
    'The board signed off the cuts without visiting a single ward.',
    'Finance takes our underspend back every March.',
    'Staff ignore the sign-in procedure.',
  ]),
  ...samples('commissioner', true, [
    'Providers submit their data late every quarter.',
    'The provider quietly dropped the evening clinic.',
    'NHS England changes the targets every year and expects us to keep up.',
  ]),
  ...samples('council officer', true, [
    'Residents tip rubbish in the alley the day after we clear it.',
    'The government slashed our grant and blamed councils for the cuts.',
    'Councillors overruled the officers’ advice for votes.',
  ]),
  ...samples('police', true, [
    'The mental health trust hands us its patients whenever its beds are full.',
    'A&E released him into the street in a hospital gown.',
    'Sort out the crisis line so we aren’t the only ones answering.',
  ]),
  ...samples('housing officer', true, [
    'Tenants withhold access and then report us for not fixing things.',
    'Adult social care passed the case back to us again.',
    'Contractors mark jobs complete that nobody has touched.',
  ]),
  ...samples('teacher', true, [
    'Parents undermine us in front of the children.',
    'The exam board moved the deadline with a week’s notice.',
    'Our reports were rewritten by the head to look better for Ofsted.',
  ]),
  ...samples('social worker', true, [
    'The court sets hearings and gives us no time to prepare.',
    'Families hide things from us and then complain we didn’t act.',
    'The police drop people at our office at midnight and drive off.',
  ]),

  // Not they framing: praise with negative words, our own side, neutral reports, proposals,
  // questions, facts and feelings.
  ...samples('patient', false, [
    'The nurses were brilliant even when the ward was chaos.',
    'They told me the results on the same day.',
    'I was seen by a doctor within ten minutes.',
    'What if the pharmacy texted when the prescription is ready?',
    'I worry about being a burden.',
    'The pain is worse in the mornings.',
    'Could we have the clinic letters in large print?',
  ]),
  ...samples('carer', false, [
    'The hospice staff never let Mum feel alone.',
    'I was shown how to use the hoist by a lovely physio.',
    'Caring for my husband leaves me exhausted.',
    'We don’t always tell the nurses what we have noticed.',
    'The district nurse rang back within the hour.',
    'How do other carers get a break?',
  ]),
  ...samples('parent', false, [
    'The school sends a newsletter home every Friday.',
    'The school rang me straight away when she fell.',
    'What if parents could see the care plan online?',
    'I feel guilty every time I drop him at respite.',
    'We missed the first appointment because of the snow.',
    'The speech therapist gave us exercises to do at home.',
  ]),
  ...samples('young person', false, [
    'My key worker stuck by me through the worst year.',
    'I like having the same nurse each time.',
    'Could young people help interview new staff?',
    'The drop-in is open until eight on Thursdays.',
    'The counsellor helped me sort out my thoughts.',
  ]),
  ...samples('tenant', false, [
    'The caretaker fixed the door the same afternoon.',
    'We don’t always report repairs as soon as we should.',
    'The damp in the bathroom comes back every winter.',
    'Should tenants have a say in which contractors are used?',
    'I was visited by the housing officer on Tuesday.',
  ]),
  ...samples('clinician', false, [
    'We discharge patients too quickly sometimes.',
    'The family asked me to explain the scan again.',
    'Patients often arrive frightened and in pain.',
    'What if we phoned patients the day before surgery?',
    'I am exhausted after three night shifts.',
  ]),
  ...samples('receptionist', false, [
    'Patients thank us more than people think.',
    'We could put the waiting times on the screen.',
    'The phones are busiest at eight in the morning.',
    'A patient brought us a cake to say sorry for shouting.',
  ]),
  ...samples('manager', false, [
    'Our managers don’t always explain why decisions are made.',
    'The staff survey showed people feel tired but supported.',
    'Could we rotate who chairs the meeting?',
    'The new rota starts in April.',
  ]),
  ...samples('commissioner', false, [
    'The provider asked for an extra month to gather the figures.',
    'We set targets without asking people who use the services.',
    'How might we fund the evening clinic together?',
  ]),
  ...samples('council officer', false, [
    'Residents asked us to keep the library open on Saturdays.',
    'We cut the youth service budget and we regret it.',
    'The bins are collected on Mondays.',
  ]),
  ...samples('police', false, [
    'We sometimes arrive before anyone else and feel out of our depth.',
    'The ambulance crew arrived quickly and calmed him down.',
    'What if a mental health nurse rode with us on Friday nights?',
  ]),
  ...samples('housing officer', false, [
    'Tenants gave us honest feedback about the new repairs line.',
    'We lose track of cases when staff leave.',
    'The waiting list for a two-bedroom flat is three years.',
  ]),
  ...samples('teacher', false, [
    'Parents came to the open evening in record numbers.',
    'I was supported by my head of department through a hard term.',
    'Some children struggle to settle after the holidays.',
  ]),
  ...samples('social worker', false, [
    'The family showed me around and offered me tea.',
    'We should ask children what they want from the review.',
    'I was asked by the judge to write a second report.',
  ]),
]
