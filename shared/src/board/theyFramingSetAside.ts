import { samples, type TheyFramingSample } from './theyFramingCorpus'

/**
 * Statements split off before the grammar detector was written and read only after tuning on
 * THEY_FRAMING_CORPUS was done: the detector's own check on words it was not shaped around.
 * Never tune on them, and never change a label to make a test pass.
 */
export const THEY_FRAMING_SET_ASIDE: readonly TheyFramingSample[] = [
  ...samples('tenant', true, [
    'The repairs team left a hole in my ceiling for six weeks.',
    'The landlord took my deposit and never explained why.',
    'The estate office loses every form I hand in.',
    'Housing officers only visit when the rent is late.',
    'The contractors turned up without warning and left a mess.',
    'The managing agent ignores emails about the damp.',
  ]),
  ...samples('parent', true, [
    'The school excluded my son without telling me first.',
    'CAMHS rejected the referral after nine months on the list.',
    'The SENCO never replies to my emails.',
    'The health visitor made me feel like a bad mother.',
    'The nursery should tell parents when a child gets hurt.',
    'The paediatrician rushed through the appointment in five minutes.',
  ]),
  ...samples('young person', true, [
    'Teachers shout at you for asking questions.',
    'My youth worker keeps leaving and nobody tells me why.',
    'Adults talk about us in meetings like we aren’t there.',
    'The counsellor told my mum everything I said.',
    'The police stop us just for standing outside the shop.',
  ]),
  ...samples('patient', true, [
    'The dentist struck me off for missing one appointment.',
    'The physio gave up on me after two sessions.',
    'The out-patients department sent the letter after the appointment date.',
    'The eye clinic has cancelled on me three times this year.',
    'Reception put the phone down on me.',
    'The booking line kept me waiting for forty minutes.',
  ]),
  ...samples('carer', true, [
    'The care home stopped us visiting without any warning.',
    'Adult services closed his case while he was still in hospital.',
    'The district nurses turn up at different times every day.',
    'The discharge team sent Dad home without his medication.',
    'Continuing healthcare assessors treat families as the enemy.',
  ]),
  ...samples('clinician', true, [
    'Radiology loses half our requests.',
    'The labs send results back to the wrong consultant.',
    'Patients lie about how much they drink.',
    'Bed managers move my patients in the middle of the night.',
  ]),
  ...samples('receptionist', true, [
    'Patients swear at us when there are no appointments left.',
    'The practice manager changes the rules every week.',
    'The doctors run late and we get the blame.',
  ]),
  ...samples('manager', true, [
    'Finance blocks every request for agency cover.',
    'The regional team demand reports nobody reads.',
    'Estates took a year to fix the heating on the ward.',
  ]),
  ...samples('commissioner', true, [
    'The provider failed to meet its targets again.',
    'Providers hide bad news until the contract is up.',
    'The trust keeps sending us reports full of jargon.',
  ]),
  ...samples('council officer', true, [
    'Developers ignore the planning conditions.',
    'Residents dump rubbish and then blame us for the mess.',
  ]),
  ...samples('police', true, [
    'Mental health services leave us to pick up the pieces at night.',
    'A&E keeps us waiting for hours with people in custody.',
  ]),
  ...samples('housing officer', true, ['Tenants refuse to let the surveyors in.']),
  ...samples('teacher', true, [
    'Parents need to make sure their children get to school on time.',
    'The local authority cut the support and left us with nothing.',
  ]),
  ...samples('social worker', true, [
    'The courts make decisions without reading our reports.',
    'Schools refer everything to us instead of dealing with it.',
  ]),
  ...samples('tenant', false, [
    'The new boiler has made a real difference this winter.',
    'I would like to know who to call when the lift breaks.',
    'Our tenants’ association meets on the first Monday of the month.',
    'The repairs man was polite and cleaned up after himself.',
    'Could we have a noticeboard in the lobby?',
  ]),
  ...samples('parent', false, [
    'My daughter loves her new teacher.',
    'I didn’t know the school had a parent forum.',
    'The health visitor came round and weighed the baby.',
    'We could start a parents’ group for children with autism.',
    'I am scared of what happens when she turns eighteen.',
    'The school nurse spotted the problem before we did.',
  ]),
  ...samples('young person', false, [
    'I want somewhere to go after school that isn’t the street.',
    'My keyworker helped me open a bank account.',
    'It would be good to have a text service instead of phone calls.',
    'I felt listened to at the last review.',
    'What happens to my records when I turn eighteen?',
  ]),
  ...samples('patient', false, [
    'The physio taught me exercises I still do every day.',
    'I waited three hours in A&E on Saturday.',
    'I was nervous before the scan.',
    'The pharmacist explained the side effects properly.',
    'Can I bring someone with me to the appointment?',
    'The receptionist found me a cancellation the same afternoon.',
  ]),
  ...samples('carer', false, [
    'The district nurses have been wonderful with Mum.',
    'I need more information about respite care.',
    'He went into the care home in April.',
    'We could make a list of local carers’ groups.',
    'I often feel guilty when I take a day for myself.',
  ]),
  ...samples('clinician', false, [
    'We could run a joint clinic with the GPs.',
    'Our referral form is too long.',
    'Patients said the waiting room felt unwelcoming.',
    'I love working with this team.',
  ]),
  ...samples('receptionist', false, [
    'Most patients are patient with us when we explain.',
    'We answer about four hundred calls on a Monday.',
    'I would like training on handling difficult calls.',
  ]),
  ...samples('manager', false, [
    'Our sickness rate went down this quarter.',
    'We could share the rota a month ahead.',
    'Finance approved the extra post last week.',
  ]),
  ...samples('commissioner', false, [
    'We are reviewing the contract in the spring.',
    'The provider met its targets for the first time.',
    'They shared the data a week early.',
    'Should we ask residents what they think?',
  ]),
  ...samples('council officer', false, [
    'The consultation closes on the twelfth.',
    'We could hold the next meeting on the estate.',
  ]),
  ...samples('police', false, [
    'We get a lot of calls about people in distress.',
    'The street triage pilot has worked well.',
  ]),
  ...samples('housing officer', false, ['We inspect every empty flat before it is relet.']),
  ...samples('teacher', false, [
    'Some of our pupils are carers themselves.',
    'We could invite parents in for the review.',
  ]),
  ...samples('social worker', false, [
    'I have thirty cases at the moment.',
    'We should explain our decisions in plain language.',
  ]),
]
