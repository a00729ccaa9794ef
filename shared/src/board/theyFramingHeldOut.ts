/**
 * Held-out test set for the "they framing" detector.
 *
 * Labelling rule: a note is they framing (theyFraming: true) when a party
 * other than the writer's own side — any noun phrase that is not I / me / we /
 * us / our … (a named role, a service, an institution, a system, "they",
 * "them upstairs", "you lot", "nobody at the surgery", an implied addressee of
 * an imperative) — is the subject or the target of blame, complaint, refusal,
 * failure or a demand (should / must / need to / have to / ought to, or an
 * imperative aimed at that party). Generic "you" meaning "people like me"
 * being done to by another party counts. It is NOT they framing when the note
 * is praise (even with negative words), is about the writer or the writer's
 * own side, is a proposal or a positively phrased hope, a neutral fact or
 * report, a question without blame, a feeling with no blamed party, or a
 * report of what someone said that carries no blame of the writer's own.
 *
 * This set was written apart from the detector and from its tuning corpus,
 * without looking at either. It must never be used for tuning: do not edit
 * it to make a test pass, and do not change the detector in response to
 * individual misses in it. Figures measured on it are the honest ones.
 */

/** Who wrote a held-out statement: the voice it is written in. */
export type HeldOutVoice =
  | 'patient'
  | 'carer'
  | 'parent'
  | 'young person'
  | 'tenant'
  | 'citizen'
  | 'clinician'
  | 'receptionist'
  | 'manager'
  | 'commissioner'
  | 'council officer'
  | 'police'
  | 'housing officer'
  | 'teacher'
  | 'social worker'

export interface HeldOutStatement {
  /** The note exactly as typed, with realistic punctuation (some curly apostrophes ’, some straight ', some with no final full stop, a few in lower case, a few with two sentences). */
  readonly text: string
  /** True when it is they framing as defined in the file's header comment. */
  readonly theyFraming: boolean
  readonly voice: HeldOutVoice
}

export const THEY_FRAMING_HELD_OUT: readonly HeldOutStatement[] = [
  // patient
  {
    voice: 'patient',
    theyFraming: true,
    text: 'The 111 service kept me on the phone for an hour then told me to go to A&E anyway.',
  },
  {
    voice: 'patient',
    theyFraming: false,
    text: 'The physio showed me exercises I can actually do at home',
  },
  {
    voice: 'patient',
    theyFraming: true,
    text: 'I was sent home by a doctor who never examined me.',
  },
  {
    voice: 'patient',
    theyFraming: false,
    text: 'I forgot to take my tablets for a week and ended up back in hospital',
  },
  {
    voice: 'patient',
    theyFraming: true,
    text: 'Nobody from the hospital rang back about my results, I had to chase it myself',
  },
  {
    voice: 'patient',
    theyFraming: true,
    text: 'The consultant talked over me and only spoke to my husband.',
  },
  {
    voice: 'patient',
    theyFraming: true,
    text: 'They fob you off with a leaflet every single time',
  },
  { voice: 'patient', theyFraming: false, text: 'I felt so alone on the ward at night.' },
  {
    voice: 'patient',
    theyFraming: false,
    text: 'The nurse said my bloods were fine and I could go home',
  },
  {
    voice: 'patient',
    theyFraming: true,
    text: 'The consultant’s secretary never answers and the voicemail is always full',
  },
  {
    voice: 'patient',
    theyFraming: false,
    text: 'The ambulance crew didn’t rush me even though they were clearly busy.',
  },
  {
    voice: 'patient',
    theyFraming: true,
    text: 'Stop asking me to repeat my whole history to every new doctor',
  },
  {
    voice: 'patient',
    theyFraming: true,
    text: 'The new clinic building is lovely. Shame the receptionists still put the phone down on you.',
  },
  {
    voice: 'patient',
    theyFraming: false,
    text: 'I rang on Monday morning. They gave me an appointment for the Thursday.',
  },
  {
    voice: 'patient',
    theyFraming: false,
    text: 'The GP never made me feel rushed, even when I cried',
  },

  // carer
  {
    voice: 'carer',
    theyFraming: true,
    text: 'Social services wrote us off the moment Dad went into respite',
  },
  {
    voice: 'carer',
    theyFraming: false,
    text: "I'm her main carer and I do most of the nights myself",
  },
  {
    voice: 'carer',
    theyFraming: true,
    text: 'The agency staff change every week and none of them know how to use his hoist',
  },
  {
    voice: 'carer',
    theyFraming: false,
    text: 'The memory clinic sent a clear letter with everything we needed to know.',
  },
  { voice: 'carer', theyFraming: true, text: 'nobody asks carers what we think, we just get told' },
  {
    voice: 'carer',
    theyFraming: false,
    text: "We could have a carers' corner in the hospital foyer with leaflets and a kettle",
  },
  {
    voice: 'carer',
    theyFraming: true,
    text: 'The DWP stopped his PIP while the appeal was still going. Took four months to sort.',
  },
  {
    voice: 'carer',
    theyFraming: false,
    text: 'I get tired and short tempered with him by the end of the day',
  },
  {
    voice: 'carer',
    theyFraming: true,
    text: 'Why does the pharmacy always get his blister packs wrong?',
  },
  { voice: 'carer', theyFraming: false, text: 'The district nurse comes on Tuesdays and Fridays.' },
  {
    voice: 'carer',
    theyFraming: false,
    text: 'It would help if the discharge team could ring me the day before',
  },
  {
    voice: 'carer',
    theyFraming: true,
    text: 'I spent three days ringing round to find out who was in charge of Dad’s care, and every single person I spoke to said it was someone else’s job',
  },
  {
    voice: 'carer',
    theyFraming: false,
    text: 'Dad’s social worker told us about Carer’s Allowance, which we didn’t know existed.',
  },
  { voice: 'carer', theyFraming: true, text: 'Carers are treated like free staff by the hospital' },
  {
    voice: 'carer',
    theyFraming: true,
    text: 'Love how the hospital’s “urgent” letter about Mum arrived a week after her appointment',
  },

  {
    voice: 'carer',
    theyFraming: false,
    text: 'The consultant said there was nothing more they could do, and she said it kindly.',
  },

  // parent
  {
    voice: 'parent',
    theyFraming: true,
    text: 'My son’s school excluded him without a single meeting with us.',
  },
  {
    voice: 'parent',
    theyFraming: true,
    text: "CAMHS bounced the referral back saying he wasn't 'unwell enough'",
  },
  {
    voice: 'parent',
    theyFraming: false,
    text: 'I don’t always open the letters from school if I’m honest',
  },
  {
    voice: 'parent',
    theyFraming: true,
    text: "The SENCO promised an EHCP assessment in September and it still hasn't happened",
  },
  {
    voice: 'parent',
    theyFraming: false,
    text: 'What if there was one app for school letters instead of five?',
  },
  {
    voice: 'parent',
    theyFraming: true,
    text: 'The health visitor made me feel like a bad mum for bottle feeding.',
  },
  {
    voice: 'parent',
    theyFraming: false,
    text: 'The school nurse came in and did a lovely session on puberty',
  },
  {
    voice: 'parent',
    theyFraming: true,
    text: 'Teachers should stop setting homework that needs a printer',
  },
  {
    voice: 'parent',
    theyFraming: false,
    text: 'My daughter said the new teacher is strict but fair.',
  },
  {
    voice: 'parent',
    theyFraming: true,
    text: "they never tell us when there's a supply teacher so she panics",
  },
  { voice: 'parent', theyFraming: false, text: 'We moved him to a different school in Year 4' },
  {
    voice: 'parent',
    theyFraming: true,
    text: 'The council lost his transport application and he missed a week of school.',
  },
  {
    voice: 'parent',
    theyFraming: false,
    text: 'I was scared to ask for help in case it went on my record',
  },
  {
    voice: 'parent',
    theyFraming: true,
    text: 'Give us a named person at the school, not a generic office email',
  },
  {
    voice: 'parent',
    theyFraming: false,
    text: 'Are speech and language sessions available in the holidays?',
  },

  {
    voice: 'parent',
    theyFraming: false,
    text: 'The school didn’t judge us at all when we said we were struggling with money',
  },

  // young person
  {
    voice: 'young person',
    theyFraming: true,
    text: "Adults in meetings talk about us like we're not in the room",
  },
  {
    voice: 'young person',
    theyFraming: true,
    text: 'My social worker changed four times in a year and each new one made me start again',
  },
  {
    voice: 'young person',
    theyFraming: false,
    text: "I didn't go to my appointments for a while because I couldn't be bothered",
  },
  {
    voice: 'young person',
    theyFraming: true,
    text: 'the police stop me and my mates for literally nothing',
  },
  {
    voice: 'young person',
    theyFraming: false,
    text: 'The youth worker at the centre always texts back, even late.',
  },
  {
    voice: 'young person',
    theyFraming: true,
    text: "CAMHS said I had to be self-harming worse before they'd see me",
  },
  { voice: 'young person', theyFraming: false, text: 'I felt really nervous in the waiting room' },
  {
    voice: 'young person',
    theyFraming: true,
    text: 'school just gives you detention instead of asking what’s wrong',
  },
  {
    voice: 'young person',
    theyFraming: false,
    text: 'Could we have sessions after school instead of during lessons?',
  },
  {
    voice: 'young person',
    theyFraming: true,
    text: 'Whoever designed this form has never been sixteen',
  },
  {
    voice: 'young person',
    theyFraming: false,
    text: 'My mate told me about the drop-in at the library.',
  },
  {
    voice: 'young person',
    theyFraming: true,
    text: 'The bus company cut the only route to college so now I walk an hour',
  },
  {
    voice: 'young person',
    theyFraming: false,
    text: 'They let me choose where I sat in my review meeting',
  },
  {
    voice: 'young person',
    theyFraming: true,
    text: 'Teachers need to stop reading out grades in front of everyone.',
  },
  {
    voice: 'young person',
    theyFraming: false,
    text: 'Me and my foster carer argue a lot about screen time',
  },

  {
    voice: 'young person',
    theyFraming: false,
    text: 'When I got moved to my new placement I was really angry and said some horrible things to my key worker, and I still feel bad about it now',
  },

  // tenant
  {
    voice: 'tenant',
    theyFraming: true,
    text: 'The landlord sent a letter blaming the mould on us drying clothes indoors.',
  },
  {
    voice: 'tenant',
    theyFraming: true,
    text: "The council's contractors turned up, looked at the boiler and left without fixing it",
  },
  {
    voice: 'tenant',
    theyFraming: false,
    text: 'I reported the leak on the app and got a reference number straight away',
  },
  {
    voice: 'tenant',
    theyFraming: false,
    text: "We haven't paid the rent on time the last two months.",
  },
  {
    voice: 'tenant',
    theyFraming: true,
    text: 'I reported the drug dealing in the stairwell. The ASB team just told me to keep a diary.',
  },
  {
    voice: 'tenant',
    theyFraming: false,
    text: "The new caretaker knows everyone's name in our block",
  },
  {
    voice: 'tenant',
    theyFraming: true,
    text: 'The housing association should fix the lift before spending money on rebranding',
  },
  { voice: 'tenant', theyFraming: false, text: 'How do I get on the list for a transfer?' },
  {
    voice: 'tenant',
    theyFraming: true,
    text: 'Next door play music till 3am every night and nobody does anything',
  },
  {
    voice: 'tenant',
    theyFraming: false,
    text: 'The estate office moved into the library building last year.',
  },
  {
    voice: 'tenant',
    theyFraming: true,
    text: 'Great, another consultation about the regeneration that they’ll ignore',
  },
  {
    voice: 'tenant',
    theyFraming: false,
    text: 'I felt ashamed telling the officer about the arrears',
  },
  {
    voice: 'tenant',
    theyFraming: true,
    text: 'Them upstairs at the council have never lived in a flat like mine',
  },
  {
    voice: 'tenant',
    theyFraming: false,
    text: "A tenants' WhatsApp group might help people report things together",
  },
  {
    voice: 'tenant',
    theyFraming: true,
    text: 'We were moved three times in one year by the homelessness team.',
  },

  // citizen
  {
    voice: 'citizen',
    theyFraming: true,
    text: 'The bin men leave half the rubbish on the pavement every Thursday',
  },
  { voice: 'citizen', theyFraming: false, text: 'The library now opens on Sunday afternoons' },
  {
    voice: 'citizen',
    theyFraming: true,
    text: 'Government keeps changing the rules and expects us to keep up',
  },
  {
    voice: 'citizen',
    theyFraming: false,
    text: 'I don’t really know what the council does apart from bins',
  },
  {
    voice: 'citizen',
    theyFraming: true,
    text: 'Why do the police never come out for burglaries any more?',
  },
  {
    voice: 'citizen',
    theyFraming: false,
    text: 'Could the next session be held somewhere with parking?',
  },
  { voice: 'citizen', theyFraming: true, text: 'Councillors only turn up before elections' },
  {
    voice: 'citizen',
    theyFraming: false,
    text: 'They fixed the streetlight within two days of me reporting it.',
  },
  { voice: 'citizen', theyFraming: true, text: 'You lot never listen, you just tick boxes' },
  { voice: 'citizen', theyFraming: false, text: 'I have lived on this street for thirty years' },
  {
    voice: 'citizen',
    theyFraming: true,
    text: 'The planning department approved 400 flats with no GP surgery to go with them',
  },
  {
    voice: 'citizen',
    theyFraming: false,
    text: 'My neighbour said the recycling centre is closed on Wednesdays.',
  },
  {
    voice: 'citizen',
    theyFraming: true,
    text: 'Stop putting everything online, not everyone has the internet',
  },
  {
    voice: 'citizen',
    theyFraming: false,
    text: 'Nobody at the food bank asked me why I needed it',
  },
  {
    voice: 'citizen',
    theyFraming: false,
    text: 'Brilliant, I’ve lost my council tax letter again',
  },

  // clinician
  {
    voice: 'clinician',
    theyFraming: true,
    text: 'Patients book appointments and don’t turn up, and they never cancel',
  },
  {
    voice: 'clinician',
    theyFraming: true,
    text: 'The IT team rolled out the new record system in the middle of winter pressures.',
  },
  {
    voice: 'clinician',
    theyFraming: false,
    text: 'We don’t always explain discharge medication as well as we should',
  },
  {
    voice: 'clinician',
    theyFraming: true,
    text: "Social care won't take anyone after 4pm on a Friday",
  },
  {
    voice: 'clinician',
    theyFraming: false,
    text: 'The ward round starts at 8.30 now instead of 9',
  },
  {
    voice: 'clinician',
    theyFraming: false,
    text: 'I sometimes rush the last patient of the day and I know it',
  },
  {
    voice: 'clinician',
    theyFraming: true,
    text: 'The ICB expects us to cut waiting lists with fewer staff',
  },
  {
    voice: 'clinician',
    theyFraming: false,
    text: 'The family brought in a life story book that really helped us get to know him.',
  },
  {
    voice: 'clinician',
    theyFraming: true,
    text: "GPs refer everything to us because they can't be bothered to manage it",
  },
  {
    voice: 'clinician',
    theyFraming: false,
    text: 'What if we did joint clinics with the diabetes nurses?',
  },
  {
    voice: 'clinician',
    theyFraming: true,
    text: 'Radiology keeps rejecting requests over tiny form errors',
  },
  {
    voice: 'clinician',
    theyFraming: false,
    text: 'Forty per cent of our outpatient letters go out more than two weeks late.',
  },
  {
    voice: 'clinician',
    theyFraming: true,
    text: 'Management need to stop sending wellbeing emails and fix the rota',
  },
  {
    voice: 'clinician',
    theyFraming: false,
    text: 'The patient told me she’d stopped her tablets because of the side effects',
  },
  {
    voice: 'clinician',
    theyFraming: true,
    text: 'The discharge lounge is a good idea. It just never has a nurse in it after 4pm.',
  },

  // receptionist
  {
    voice: 'receptionist',
    theyFraming: true,
    text: 'Patients shout at us because the doctors are running late',
  },
  {
    voice: 'receptionist',
    theyFraming: true,
    text: 'The phone system cuts people off after twenty minutes and we get the blame.',
  },
  {
    voice: 'receptionist',
    theyFraming: false,
    text: "We can't always offer a same-day slot, and I hate saying no",
  },
  {
    voice: 'receptionist',
    theyFraming: true,
    text: 'Some of the GPs won’t tell us how to triage, then moan when we get it wrong',
  },
  {
    voice: 'receptionist',
    theyFraming: false,
    text: 'On Monday mornings we get about 300 calls before ten',
  },
  { voice: 'receptionist', theyFraming: false, text: 'I trained as a care navigator last year.' },
  {
    voice: 'receptionist',
    theyFraming: true,
    text: "The hospital tells patients 'your GP will sort it' and they come straight to us",
  },
  {
    voice: 'receptionist',
    theyFraming: false,
    text: 'We could put a screen up in the waiting room showing how long the wait is',
  },
  {
    voice: 'receptionist',
    theyFraming: true,
    text: 'NHS England should try doing this job for a day',
  },
  {
    voice: 'receptionist',
    theyFraming: false,
    text: 'A lady brought us chocolates at Christmas to say thank you.',
  },
  {
    voice: 'receptionist',
    theyFraming: true,
    text: 'nobody ever explains the new rules to us before they go live',
  },
  {
    voice: 'receptionist',
    theyFraming: false,
    text: 'They told us the new phones will be in by March',
  },
  {
    voice: 'receptionist',
    theyFraming: true,
    text: "The consultant's secretary just gives patients our number instead of answering their questions",
  },
  {
    voice: 'receptionist',
    theyFraming: false,
    text: 'Does anyone know if the pharmacy can take repeat requests directly?',
  },

  // manager
  {
    voice: 'manager',
    theyFraming: true,
    text: 'Head office sends a new template every month and never asks if the last one worked',
  },
  {
    voice: 'manager',
    theyFraming: true,
    text: "The agency charges us double and their staff don't know the residents.",
  },
  {
    voice: 'manager',
    theyFraming: false,
    text: 'We lost three good staff this year because our rotas were a mess',
  },
  {
    voice: 'manager',
    theyFraming: true,
    text: 'The commissioners moved the goalposts halfway through the contract',
  },
  {
    voice: 'manager',
    theyFraming: false,
    text: 'Sickness absence fell from 8% to 5% after we changed the shift pattern.',
  },
  {
    voice: 'manager',
    theyFraming: true,
    text: "Finance won't sign off anything over £500 without three quotes, even a fridge",
  },
  {
    voice: 'manager',
    theyFraming: false,
    text: "I haven't been great at getting out on to the floor",
  },
  {
    voice: 'manager',
    theyFraming: true,
    text: 'The CQC inspector spent two hours on paperwork and ten minutes with residents',
  },
  {
    voice: 'manager',
    theyFraming: false,
    text: 'Could we invite a couple of families on to the recruitment panel?',
  },
  {
    voice: 'manager',
    theyFraming: false,
    text: 'The new starter from the council has brought loads of good ideas.',
  },
  {
    voice: 'manager',
    theyFraming: true,
    text: "HR take eight weeks over a DBS check and we can't start anyone until it's back",
  },
  {
    voice: 'manager',
    theyFraming: false,
    text: 'It would be good if the ICB could share their dashboard with us',
  },
  {
    voice: 'manager',
    theyFraming: true,
    text: "The union blocks every change before they've even read it",
  },
  {
    voice: 'manager',
    theyFraming: false,
    text: 'We signed the lease on the new building in January',
  },

  // commissioner
  {
    voice: 'commissioner',
    theyFraming: true,
    text: 'Providers send us quarterly data that is already three months out of date',
  },
  {
    voice: 'commissioner',
    theyFraming: true,
    text: 'The Treasury gives us one-year money and expects five-year outcomes.',
  },
  {
    voice: 'commissioner',
    theyFraming: false,
    text: 'We’ve been slow to publish what came out of the last consultation',
  },
  {
    voice: 'commissioner',
    theyFraming: true,
    text: 'The trust ignored the contract variation and carried on as before',
  },
  {
    voice: 'commissioner',
    theyFraming: false,
    text: 'The current contract runs until March 2026.',
  },
  {
    voice: 'commissioner',
    theyFraming: true,
    text: 'Voluntary sector partners overpromise in their bids and underdeliver',
  },
  {
    voice: 'commissioner',
    theyFraming: false,
    text: 'How do we make sure people who don’t come to workshops are still heard?',
  },
  {
    voice: 'commissioner',
    theyFraming: true,
    text: 'The local authority pulled out of the pooled budget at the last minute',
  },
  {
    voice: 'commissioner',
    theyFraming: false,
    text: 'We spent £2.1m on community mental health last year',
  },
  {
    voice: 'commissioner',
    theyFraming: false,
    text: 'I came into commissioning from a nursing background',
  },
  {
    voice: 'commissioner',
    theyFraming: true,
    text: 'NHS England keeps sending targets that contradict the ones from last quarter',
  },
  {
    voice: 'commissioner',
    theyFraming: false,
    text: 'What if people with lived experience scored the tenders alongside us?',
  },
  {
    voice: 'commissioner',
    theyFraming: true,
    text: 'GP practices need to start using the referral pathway we all agreed',
  },
  {
    voice: 'commissioner',
    theyFraming: false,
    text: 'The voluntary sector partners ran two events over the summer.',
  },

  // council officer
  {
    voice: 'council officer',
    theyFraming: true,
    text: 'Residents fly-tip and then complain the estate looks a mess',
  },
  {
    voice: 'council officer',
    theyFraming: true,
    text: 'Central government cut our grant by a third and still expects the same services.',
  },
  {
    voice: 'council officer',
    theyFraming: false,
    text: 'We don’t always close the loop with people who report issues',
  },
  {
    voice: 'council officer',
    theyFraming: true,
    text: 'The police pass every noise complaint over to us, even the violent ones',
  },
  {
    voice: 'council officer',
    theyFraming: false,
    text: 'The council tax support scheme changed in April',
  },
  {
    voice: 'council officer',
    theyFraming: false,
    text: 'I felt out of my depth at my first public meeting.',
  },
  {
    voice: 'council officer',
    theyFraming: true,
    text: 'Contractors hand in completion sheets full of jobs they never did',
  },
  {
    voice: 'council officer',
    theyFraming: false,
    text: 'Could we hold surgeries in the community centre instead of the town hall?',
  },
  {
    voice: 'council officer',
    theyFraming: true,
    text: 'People ring their councillor instead of using the portal, then we get it third-hand',
  },
  {
    voice: 'council officer',
    theyFraming: false,
    text: 'Residents on the Eastfield estate set up their own litter pick',
  },
  {
    voice: 'council officer',
    theyFraming: true,
    text: 'the portal crashes whenever more than fifty people log on',
  },
  {
    voice: 'council officer',
    theyFraming: false,
    text: 'About 60 people came to the last drop-in.',
  },
  {
    voice: 'council officer',
    theyFraming: true,
    text: 'Housing providers ought to answer our emails within a week, not a month',
  },
  {
    voice: 'council officer',
    theyFraming: false,
    text: 'The market traders told us footfall is down since the car park shut',
  },

  // police
  {
    voice: 'police',
    theyFraming: true,
    text: 'Mental health services leave officers sat in A&E with patients for eight hours',
  },
  {
    voice: 'police',
    theyFraming: true,
    text: 'The CPS dropped the case without even calling the victim.',
  },
  {
    voice: 'police',
    theyFraming: false,
    text: "We don't always update victims as often as we promise",
  },
  {
    voice: 'police',
    theyFraming: true,
    text: 'Parents let their kids roam the town centre till midnight',
  },
  {
    voice: 'police',
    theyFraming: false,
    text: 'Calls about shoplifting went up 30% in the last year',
  },
  {
    voice: 'police',
    theyFraming: true,
    text: "The council switched off the CCTV to save money and now we've got nothing",
  },
  {
    voice: 'police',
    theyFraming: false,
    text: 'The hospital security staff were brilliant with him, nobody could have done more that night',
  },
  {
    voice: 'police',
    theyFraming: true,
    text: "Some landlords rent to anyone and don't care what goes on",
  },
  {
    voice: 'police',
    theyFraming: false,
    text: "The lads on the estate were polite when we explained why we'd stopped them",
  },
  { voice: 'police', theyFraming: false, text: 'What if PCSOs came along to school assemblies?' },
  {
    voice: 'police',
    theyFraming: true,
    text: 'Social care closes at five, so everything after that lands on us.',
  },
  {
    voice: 'police',
    theyFraming: false,
    text: 'She told us she’d been too frightened to report it for years',
  },
  {
    voice: 'police',
    theyFraming: true,
    text: 'Probation should tell us when someone high risk moves into the area',
  },
  {
    voice: 'police',
    theyFraming: true,
    text: 'Good turnout tonight. Shame the council officer left before the questions.',
  },

  // housing officer
  {
    voice: 'housing officer',
    theyFraming: true,
    text: 'Tenants refuse access for gas checks then complain about the boiler',
  },
  {
    voice: 'housing officer',
    theyFraming: true,
    text: 'The repairs contractor closes jobs on the system that were never done.',
  },
  {
    voice: 'housing officer',
    theyFraming: false,
    text: "We're not good at telling people where they are on the waiting list",
  },
  {
    voice: 'housing officer',
    theyFraming: true,
    text: 'Social services place vulnerable adults in our temporary accommodation with no support',
  },
  {
    voice: 'housing officer',
    theyFraming: false,
    text: 'There are 4,200 households on the register',
  },
  {
    voice: 'housing officer',
    theyFraming: true,
    text: 'The DWP pays the housing element straight to tenants and the rent never arrives',
  },
  {
    voice: 'housing officer',
    theyFraming: false,
    text: 'I enjoy the patch visits more than anything else in the job.',
  },
  {
    voice: 'housing officer',
    theyFraming: false,
    text: 'A tenant showed me how she uses the app to report repairs',
  },
  {
    voice: 'housing officer',
    theyFraming: true,
    text: "the asset team never tells us when they've scheduled works",
  },
  {
    voice: 'housing officer',
    theyFraming: false,
    text: 'It would be really useful if GP surgeries could flag when a tenant is struggling',
  },
  {
    voice: 'housing officer',
    theyFraming: true,
    text: 'Head office want us doing more visits with half the team.',
  },
  {
    voice: 'housing officer',
    theyFraming: false,
    text: 'They asked for a ground floor flat because of her knee',
  },
  {
    voice: 'housing officer',
    theyFraming: true,
    text: 'Stop letting the contractors mark their own homework',
  },
  {
    voice: 'housing officer',
    theyFraming: false,
    text: 'Could we do joint visits with the tenancy sustainment team?',
  },

  // teacher
  { voice: 'teacher', theyFraming: true, text: 'Ofsted judges a whole school on one bad day' },
  {
    voice: 'teacher',
    theyFraming: false,
    text: 'We don’t always tell parents when things are going well',
  },
  {
    voice: 'teacher',
    theyFraming: true,
    text: "CAMHS sends back referrals with a list of strategies we've already tried",
  },
  { voice: 'teacher', theyFraming: false, text: 'Attendance in Year 9 was 89% last term' },
  {
    voice: 'teacher',
    theyFraming: true,
    text: 'The exam board changed the spec in August and expected us to teach it in September',
  },
  {
    voice: 'teacher',
    theyFraming: false,
    text: "I was overwhelmed in my first year and didn't ask for help.",
  },
  {
    voice: 'teacher',
    theyFraming: true,
    text: 'The local authority missed the 20-week deadline on every EHCP we sent this year',
  },
  { voice: 'teacher', theyFraming: false, text: 'The parent told me his dad had just moved out' },
  {
    voice: 'teacher',
    theyFraming: true,
    text: 'Half my class are on TikTok till 2am and then fall asleep in lessons',
  },
  {
    voice: 'teacher',
    theyFraming: false,
    text: 'What if we ran parents’ evening online for the families who work shifts?',
  },
  {
    voice: 'teacher',
    theyFraming: true,
    text: 'The DfE should try teaching 32 kids with no TA before writing guidance',
  },
  {
    voice: 'teacher',
    theyFraming: false,
    text: 'The educational psychologist spent a whole morning observing him, which was so useful.',
  },
  {
    voice: 'teacher',
    theyFraming: true,
    text: 'Parents’ evening went well. The ones we really needed to see didn’t come, as usual.',
  },
  {
    voice: 'teacher',
    theyFraming: false,
    text: 'Our Year 7 transition days run over two weeks in July',
  },

  // social worker
  {
    voice: 'social worker',
    theyFraming: true,
    text: 'Families cancel visits at the last minute and then say we never come',
  },
  {
    voice: 'social worker',
    theyFraming: true,
    text: 'The family court wants a full parenting assessment in ten days, which is impossible.',
  },
  {
    voice: 'social worker',
    theyFraming: false,
    text: 'We sometimes go into homes already assuming the worst',
  },
  {
    voice: 'social worker',
    theyFraming: true,
    text: "Schools refer anything and everything because they're scared of Ofsted",
  },
  { voice: 'social worker', theyFraming: false, text: 'My caseload is 24 children at the moment' },
  {
    voice: 'social worker',
    theyFraming: true,
    text: "Adult mental health won't engage until the children's case is closed",
  },
  {
    voice: 'social worker',
    theyFraming: false,
    text: 'I felt guilty leaving the family on Christmas Eve.',
  },
  {
    voice: 'social worker',
    theyFraming: false,
    text: "Could we use the family's own words in the plan?",
  },
  {
    voice: 'social worker',
    theyFraming: true,
    text: 'The out-of-hours team just sends the police round instead of a social worker',
  },
  {
    voice: 'social worker',
    theyFraming: false,
    text: 'The grandmother offered to have the kids at weekends',
  },
  {
    voice: 'social worker',
    theyFraming: true,
    text: 'The conference was well run. The police still sent nobody, for the third time.',
  },
  {
    voice: 'social worker',
    theyFraming: false,
    text: 'Foster carers round here are really experienced with teenagers',
  },
  {
    voice: 'social worker',
    theyFraming: true,
    text: 'Legal should get back to us within a week instead of leaving us chasing',
  },
  {
    voice: 'social worker',
    theyFraming: false,
    text: 'They moved our team to a hot-desk office in the summer.',
  },
]
