"""English words of the JSON Schema (``hplan schema``): what each field and allowed value means.

Ids: ``schema.<Model>`` describes a model, ``schema.<Model>.<field>`` a
field, ``schema.<Alias>.<value>`` an allowed value (``<Alias>`` is the name of
the ``Literal`` in the model's module), ``schema.snippet.*`` and
``schema.hint.*`` the snippets for new list items. Markdown: backticks mark
keys and values as the user types them (the plain ``description`` drops them).
"""

MESSAGES: dict[str, str] = {
    # the plan
    "schema.Plan": "A boligsocial helhedsplan (housing-area master plan), hplan file format 1.",
    "schema.Plan.format": "The file-format version. Always `1`.",
    "schema.Plan.kind": "What this document is: `plan` (a board shared by several plans is `kind: board`).",
    "schema.Plan.id": (
        "The plan's id: lower-case letters a-z, digits and hyphens, unique among the files checked together."
        " Example: `oest-i-centrum`."
    ),
    "schema.Plan.name": "The plan's name as its authors write it. Example: `Øst i Centrum`.",
    "schema.Plan.area": "The housing area and its departments, in words. Example: `Aalborg Øst – Skallerupvej`.",
    "schema.Plan.profile": (
        "The funding round whose rules apply: `lbf-2015-18` or `lbf-2019-26` (Landsbyggefonden's funds),"
        " or a path to a profile file of your own."
    ),
    "schema.Plan.period": "The plan period (planperiode): its first and last day, normally four years.",
    "schema.Plan.parties": (
        "The parties (parter) that sign the strategic cooperation agreement: at least the housing"
        " organisation and the municipality."
    ),
    "schema.Plan.strategic_agreement": (
        "The strategic cooperation agreement (strategisk samarbejdsaftale); any change to it needs"
        " Landsbyggefonden's approval."
    ),
    "schema.Plan.organisation": "The organisation: board, steering group, project secretariat, activity groups.",
    "schema.Plan.focus_areas": (
        "The focus areas (indsatsområder) the plan works in, each with its sub-agreement (delaftale):"
        " purpose, success criteria, activities. At least one."
    ),
    "schema.Plan.cooperation_agreements": (
        "Cooperation agreements (samarbejdsaftaler) with local partners: school, SSP, job centre."
    ),
    "schema.Plan.milestones": "The milestone plan (milepælsplan): what is to be reached, and by when.",
    "schema.Plan.budget": "The budget in whole kroner per calendar year, by focus area, category and funding source.",
    "schema.Plan.evaluations": "The steering group's yearly evaluations, one a calendar year of the period.",
    "schema.Plan.revisions": (
        "The change log (ændringslog): each approved change of the plan, with who approved it and when."
    ),
    "schema.Plan.target_groups": (
        "The target groups (målgrupper) the plan works for, each defined once here and named by its id from"
        " focus areas, success criteria and activities. Groups, never persons."
    ),
    "schema.Plan.contingency_plan": (
        "The contingency plan (beredskabsplan): who does what after serious incidents in the area, by role."
    ),
    "schema.Period": "The plan period: first and last day.",
    "schema.Period.start": "The first day of the plan period, as YYYY-MM-DD. Example: `2017-02-01`.",
    "schema.Period.end": "The last day of the plan period, as YYYY-MM-DD, after `start`. Example: `2021-01-31`.",
    "schema.Party": "A party (part) that signs the strategic cooperation agreement.",
    "schema.Party.id": "The party's id; funding lines and signatures name the party by it. Example: `aalborg-kommune`.",
    "schema.Party.name": "The party's name. Example: `Aalborg Kommune`.",
    "schema.Party.kind": "What kind of party this is.",
    "schema.Party.departments": (
        "The housing departments (afdelinger) of a housing organisation the plan covers. Example: `[Afd. 12]`."
    ),
    "schema.PartyKind.housing_organisation": "A housing organisation (boligorganisation).",
    "schema.PartyKind.municipality": "A municipality (kommune).",
    "schema.PartyKind.other": "Another party (anden part), e.g. the police.",
    "schema.StrategicAgreement": "The strategic cooperation agreement: its purpose and the parties' signatures.",
    "schema.StrategicAgreement.purpose": "What the parties agree the plan is to achieve, in their own words.",
    "schema.StrategicAgreement.signatures": "One signature for each party in `parties`.",
    "schema.StrategicAgreement.lbf_approved": (
        "The date Landsbyggefonden approved the plan, as YYYY-MM-DD. Leave it out until it has."
    ),
    "schema.Signature": "One party's signature of the strategic cooperation agreement.",
    "schema.Signature.party": "The id of the signing party, from `parties`. Example: `aalborg-kommune`.",
    "schema.Signature.date": "The date of the signature, as YYYY-MM-DD.",
    "schema.Signature.role": "The role of the one who signed, never a person's name. Example: `Rådmand`.",
    "schema.Organisation": "The plan's organisation: board, steering group, project secretariat, activity groups.",
    "schema.Organisation.board": (
        "The board (bestyrelse): a path from this file to a `kind: board` document (e.g."
        " `boards/aalborg-oest.yaml`), or a board written here with `name` and `members`."
    ),
    "schema.Organisation.steering_group": "The local steering group (styregruppe).",
    "schema.Organisation.secretariat": "The project secretariat (projektsekretariat): the project leader and staff.",
    "schema.Organisation.activity_groups": "Activity groups and professional networks of local partners.",
    "schema.InlineBoard": "A board written into the plan, when no other plan shares it.",
    "schema.InlineBoard.name": "The board's name. Example: `Bestyrelsen for helhedsplanen i Løvvangen`.",
    "schema.InlineBoard.members": "The board's members, by role. At least one.",
    "schema.InlineBoard.terms_of_reference": (
        "The board's terms of reference (kommissorium): when adopted, where found, how often it meets."
    ),
    "schema.InlineBoard.meetings": "The board's meetings; one dated after the as-of date is planned, not held.",
    "schema.Member": "A member of a board, steering group or secretariat: a role, never a person's name.",
    "schema.Member.role": "The member's role, never a person's name. Example: `Skoleleder`.",
    "schema.Member.organisation": "The member's organisation, or a party id of the plan. Example: `Aalborg Kommune`.",
    "schema.SteeringGroup": "The local steering group (styregruppe).",
    "schema.SteeringGroup.members": "The steering group's members, by role. At least one.",
    "schema.Secretariat": "The project secretariat: the project leader and staff.",
    "schema.Secretariat.project_leader": "The project leader (projektleder): a role and an organisation.",
    "schema.Secretariat.staff": "The posts of the secretariat (projektmedarbejdere).",
    "schema.Staff": "A post in the project secretariat.",
    "schema.Staff.role": "The post, never a person's name. Example: `Job- og uddannelsescoach`.",
    "schema.Staff.fte": "Full-time equivalents (årsværk), more than 0 and at most 10. Example: `0.5`.",
    "schema.Staff.organisation": "The organisation that employs the post, or a party id.",
    "schema.Staff.focus_areas": "The ids of the focus areas the post works in.",
    "schema.ActivityGroup": "An activity group or professional network of local partners.",
    "schema.ActivityGroup.id": "The group's id. Example: `netvaerk-uddannelse`.",
    "schema.ActivityGroup.name": "The group's name. Example: `Netværk for uddannelse og job`.",
    "schema.ActivityGroup.focus_areas": "The ids of the focus areas the group works in.",
    "schema.ActivityGroup.partners": "The partners in the group, by organisation. Example: `[Jobcenter Aalborg]`.",
    "schema.TargetGroup": "A target group (målgruppe) the plan works for: a group, never a list of persons.",
    "schema.TargetGroup.id": (
        "The target group's id, by which focus areas, criteria and activities name it. Example: `unge-15-29`."
    ),
    "schema.TargetGroup.name": "The target group's name. Example: `15-29-årige uden uddannelse og job`.",
    "schema.TargetGroup.age": "An age band in years, `[from, to]`, both included (0-130). Example: `[15, 29]`.",
    "schema.TargetGroup.description": "Who belongs to the group. Example: `Forældre til børn i skolealderen.`",
    # focus areas and success criteria
    "schema.FocusArea": "A focus area (indsatsområde) with its sub-agreement (delaftale).",
    "schema.FocusArea.id": (
        "The focus area's id, one of the profile's focus areas. Example: `uddannelse-og-beskaeftigelse`."
    ),
    "schema.FocusArea.purpose": "What the work in this focus area is to achieve (formål).",
    "schema.FocusArea.core_challenges": "The core challenges (kerneudfordringer) the focus area answers.",
    "schema.FocusArea.success_criteria": (
        "The success criteria (succeskriterier) that show whether the focus area reaches its purpose: measured"
        " (the default) or judged each year (`kind: qualitative`). At least one."
    ),
    "schema.FocusArea.target_groups": "The ids of the target groups the focus area works for. Example: `[unge-15-29]`.",
    "schema.FocusArea.activities": "The activities (aktiviteter) of the focus area.",
    "schema.SuccessCriterion": (
        "A success criterion (succeskriterium): an indicator measured from a baseline towards a target."
        " One that is judged, not measured, is `kind: qualitative`."
    ),
    "schema.SuccessCriterion.kind": (
        "`quantitative`, the default, so usually left out: the criterion is measured. Write `kind: qualitative`"
        " for a criterion judged each year instead."
    ),
    "schema.SuccessCriterion.target_group": "The id of the target group the criterion is about. Example: `unge-15-29`.",
    "schema.SuccessCriterion.id": "The criterion's id, unique in the plan. Example: `ub-neet`.",
    "schema.SuccessCriterion.text": (
        "What the criterion says, in a sentence. Example: `Andelen af 15-29-årige uden uddannelse og job falder.`"
    ),
    "schema.SuccessCriterion.indicator": (
        "The indicator (indikator): what is measured. Example: `Andel 15-29-årige i NEET-gruppen`."
    ),
    "schema.SuccessCriterion.unit": "The unit of the baseline, target and measurements.",
    "schema.SuccessCriterion.direction": "Which way the indicator is to move from the baseline to the target.",
    "schema.SuccessCriterion.baseline": (
        "The baseline: the indicator's value before the work began, and the date it was measured."
        " Example: `value: 24.0` and `date: 2016-12-31`. Left out only while pending (`baseline_due`)."
    ),
    "schema.SuccessCriterion.baseline_due": (
        "A pending baseline (fastlægges ved første måling): the date, as YYYY-MM-DD, by which it is to be"
        " measured and written in `baseline`. Example: `2017-11-30`."
    ),
    "schema.SuccessCriterion.targets": (
        "The sub-targets (delmål): the value to reach by a date, as a rule one a plan year, on the way from the"
        " baseline to the target. Example: `{date: 2018-12-31, value: 22.0}`."
    ),
    "schema.SuccessCriterion.target": (
        "The target (mål): the value to reach, and by when. Example: `value: 18.0` and `date: 2020-12-31`."
    ),
    "schema.SuccessCriterion.data_source": "The data source (datakilde): where the measurements come from, how often.",
    "schema.SuccessCriterion.measurements": "The measurements (målinger) so far, one a date.",
    "schema.SuccessCriterion.assessments": (
        "The steering group's judgements of goal attainment (målopfyldelse), one a year: met, partly met or not met."
    ),
    "schema.QualitativeCriterion": (
        "A qualitative success criterion (`kind: qualitative`): judged each year as met, partly met or not met."
    ),
    "schema.QualitativeCriterion.id": "The criterion's id, unique in the plan. Example: `fo-samarbejde-skole`.",
    "schema.QualitativeCriterion.kind": "`qualitative`: judged, not measured; no indicator, baseline or target.",
    "schema.QualitativeCriterion.text": (
        "What the criterion says, in a sentence. Example: `Et styrket samarbejde mellem skolen og indsatsen.`"
    ),
    "schema.QualitativeCriterion.target_group": "The id of the target group the criterion is about, if any.",
    "schema.QualitativeCriterion.data_source": (
        "The data source (datakilde) the judgement rests on. Example: the secretariat's records of its meetings."
    ),
    "schema.QualitativeCriterion.assessments": (
        "The steering group's judgements (målopfyldelse), one a year: each evaluated year needs one by the"
        " evaluation's due date."
    ),
    "schema.Assessment": "The steering group's judgement of a criterion's goal attainment (målopfyldelse) for a year.",
    "schema.Assessment.year": "The calendar year judged. Example: `2017`.",
    "schema.Assessment.date": "The date the judgement was made, as YYYY-MM-DD. Example: `2018-02-27`.",
    "schema.Assessment.status": "The judgement: met, partly met or not met.",
    "schema.Assessment.note": "Why, in a sentence or two. Example: `Fast møde med skolen hver anden måned.`",
    "schema.AssessmentStatus.met": "Met (opfyldt).",
    "schema.AssessmentStatus.partly_met": "Partly met (delvist opfyldt).",
    "schema.AssessmentStatus.not_met": "Not met (ikke opfyldt).",
    "schema.SubTarget": "A sub-target (delmål): the value a criterion is to reach by a date, as a rule a year's end.",
    "schema.SubTarget.date": "The date the sub-target is due, as YYYY-MM-DD. Example: `2018-12-31`.",
    "schema.SubTarget.value": "The value to reach by then, in the criterion's unit, with a decimal point: `22.0`.",
    "schema.Unit.percent": "Percent, 0-100: write `18.5` for 18.5 %.",
    "schema.Unit.count": "A count (antal) of people, events or the like.",
    "schema.Unit.per_1000": "Per thousand (‰), e.g. reported crimes per 1,000 residents.",
    "schema.Unit.score": "A score (point) on a scale, e.g. from a survey.",
    "schema.Unit.dkk": "Danish kroner (kr.).",
    "schema.Direction.increase": "The indicator is to rise: the target is above the baseline.",
    "schema.Direction.decrease": "The indicator is to fall: the target is below the baseline.",
    "schema.Direction.maintain": "The indicator is to stay where it is: the target equals the baseline.",
    "schema.Point": "A value at a date: a baseline or a target.",
    "schema.Point.value": ("The value, in the criterion's unit, with a decimal point. Example: `24.0` (never `24,0`)."),
    "schema.Point.date": "The date the value holds for, as YYYY-MM-DD. Example: `2016-12-31`.",
    "schema.DataSource": "Where a success criterion's measurements come from, and how often.",
    "schema.DataSource.kind": "What kind of source it is.",
    "schema.DataSource.name": "The source by name. Example: `Danmarks Statistik via LBF Boligsociale Data`.",
    "schema.DataSource.frequency": "How often the source gives a new measurement.",
    "schema.DataSource.lag_months": (
        "How many months after its date a figure usually arrives, 0-60; left out, the profile's lag for the"
        " source's kind applies. Example: `18` for register data."
    ),
    "schema.SourceKind.register": "Register data, e.g. from Danmarks Statistik.",
    "schema.SourceKind.resident_data": "Landsbyggefonden's resident data (beboerdata).",
    "schema.SourceKind.municipal": "The municipality's own data.",
    "schema.SourceKind.police": "The police's data.",
    "schema.SourceKind.housing_organisation": "The housing organisation's data.",
    "schema.SourceKind.survey": "A survey (spørgeskemaundersøgelse).",
    "schema.SourceKind.activity_records": "The secretariat's records of its activities.",
    "schema.SourceKind.other": "Another source.",
    "schema.Frequency.yearly": "Once a year.",
    "schema.Frequency.half_yearly": "Twice a year.",
    "schema.Frequency.quarterly": "Every quarter.",
    "schema.Frequency.monthly": "Every month.",
    "schema.Frequency.once": "Once only.",
    "schema.Measurement": "One measurement (måling) of a success criterion.",
    "schema.Measurement.date": (
        "The reference date: the day the value describes, not the day it was published, as YYYY-MM-DD."
        " Example: `2018-12-31`."
    ),
    "schema.Measurement.published": (
        "The date the figure was published, as YYYY-MM-DD; for information only. Example: `2019-02-15`."
    ),
    "schema.Measurement.value": "The measured value, in the criterion's unit, with a decimal point. Example: `21.4`.",
    "schema.Measurement.note": "A note on the measurement. Example: `Foreløbigt tal`.",
    "schema.Activity": "An activity (aktivitet) of a focus area.",
    "schema.Activity.id": "The activity's id; milestones name it. Example: `ub-lektiecafe`.",
    "schema.Activity.name": "The activity's name. Example: `Lektiecafé`.",
    "schema.Activity.description": "What the activity is and does, in a few sentences.",
    "schema.Activity.partners": "The partners in the activity, by organisation. Example: `[Skallerupvej Skole]`.",
    "schema.Activity.start": "The first day of the activity, as YYYY-MM-DD.",
    "schema.Activity.end": "The last day of the activity, as YYYY-MM-DD.",
    "schema.Activity.target_groups": "The ids of the target groups the activity is for. Example: `[foraeldre]`.",
    # agreements, milestones, budget, follow-up
    "schema.CooperationAgreement": "A cooperation agreement (samarbejdsaftale) with a local partner.",
    "schema.CooperationAgreement.id": "The agreement's id. Example: `sa-jobcenter`.",
    "schema.CooperationAgreement.partner": "The partner, by organisation. Example: `Jobcenter Aalborg`.",
    "schema.CooperationAgreement.subject": "What the agreement is about. Example: `Fremskudt jobvejledning`.",
    "schema.CooperationAgreement.focus_areas": "The ids of the focus areas the agreement serves.",
    "schema.CooperationAgreement.signed": "The date the agreement was signed, as YYYY-MM-DD.",
    "schema.CooperationAgreement.valid_until": (
        "The agreement's last day, as YYYY-MM-DD; normally the end of the plan period."
    ),
    "schema.CooperationAgreement.renewal": (
        "`annual` for an agreement renewed every year: hplan then does not warn that it runs out soon."
    ),
    "schema.CooperationAgreement.renews": "The id of the agreement this one succeeds. Example: `sa-lektiecafe-2017`.",
    "schema.Milestone": "A milestone (milepæl) of the milestone plan.",
    "schema.Milestone.id": "The milestone's id. Example: `m-lektiecafe-aaben`.",
    "schema.Milestone.title": "What is reached at the milestone. Example: `Lektiecaféen er åben to dage om ugen`.",
    "schema.Milestone.due": "The deadline (frist), as YYYY-MM-DD.",
    "schema.Milestone.focus_area": "The id of the focus area the milestone belongs to.",
    "schema.Milestone.activity": "The id of the activity the milestone belongs to.",
    "schema.Milestone.status": "Where the milestone stands; `planned` when left out.",
    "schema.Milestone.completed": "The date the milestone was reached, as YYYY-MM-DD: required when `status: done`.",
    "schema.MilestoneStatus.planned": "Planned (planlagt): not reached yet.",
    "schema.MilestoneStatus.done": "Done (gennemført): reached; write the date in `completed`.",
    "schema.MilestoneStatus.delayed": "Delayed (forsinket): will be reached later than planned.",
    "schema.MilestoneStatus.cancelled": "Cancelled (udgået): will not be reached.",
    "schema.Budget": "The plan's budget in whole kroner per calendar year.",
    "schema.Budget.lines": "The budget lines (budgetposter): one per year, focus area and category.",
    "schema.BudgetLine": "Planned funding for one calendar year, focus area (or cross_cutting) and category.",
    "schema.BudgetLine.year": "The calendar year, within the plan period. Example: `2018`.",
    "schema.BudgetLine.focus_area": (
        "The id of a focus area of the plan, or `cross_cutting` for what serves them all (the secretariat)."
    ),
    "schema.BudgetLine.category": "What the money is spent on (udgiftsart).",
    "schema.BudgetLine.funding": (
        "The funding sources (finansieringskilder) and their amounts: `lbf`, a party id or `other`, each"
        " with whole kroner without a thousands separator. Example: `lbf: 450000` (never `450.000` or `450_000`)."
    ),
    "schema.BudgetLine.spent": (
        "The actual spending (forbrug) of the line in whole kroner: the total, or per funding source "
        "(`{lbf: 400000, aalborg-kommune: 180000}`). Example: `580000`."
    ),
    "schema.Category.personnel": "Personnel (personale): salaries of the secretariat and staff.",
    "schema.Category.activities": "Activities (aktiviteter).",
    "schema.Category.administration": "Administration.",
    "schema.Category.evaluation": "Evaluation (evaluering).",
    "schema.Category.premises": "Premises (lokaler).",
    "schema.Category.other": "Other (andet).",
    "schema.Evaluation": "The steering group's evaluation of one calendar year (årlig evaluering).",
    "schema.Evaluation.year": "The calendar year evaluated. Example: `2017`.",
    "schema.Evaluation.date": "The date the steering group evaluated the year, as YYYY-MM-DD.",
    "schema.Evaluation.summary": "What the steering group concluded.",
    "schema.Evaluation.decisions": "The decisions taken. Example: `[Flere timer til jobcoach i 2018]`.",
    "schema.Revision": "An approved change of the plan (an entry of the change log).",
    "schema.Revision.date": "The date of the approval, as YYYY-MM-DD.",
    "schema.Revision.approved_by": (
        "The one body that approved the change, with `reference`; leave it out when `approvals` names the bodies."
    ),
    "schema.Revision.reference": (
        "Where the approval is recorded; required with `approved_by`. Example: `Bestyrelsesmøde 2018-03-01, punkt 4`."
    ),
    "schema.Revision.approvals": (
        "Each body that approved the change, with its date and reference; instead of or beside `approved_by`."
    ),
    "schema.Revision.summary": "What was changed.",
    "schema.ApprovalBody.board": "The board (bestyrelsen).",
    "schema.ApprovalBody.lbf": "Landsbyggefonden.",
    "schema.Approval": "One body's approval (godkendelse) of a change: which body, when, and where it is minuted.",
    "schema.Approval.body": (
        "The body that approved: `lbf` (Landsbyggefonden), `board`, `steering_group`, or a party id of the plan"
        " (that party's own decision-making body). Example: `aalborg-kommune`."
    ),
    "schema.Approval.date": "The date the body approved, as YYYY-MM-DD. Example: `2019-01-10`.",
    "schema.Approval.reference": "Where the approval is minuted. Example: `Udvalgsmøde 2018-12-12, punkt 5`.",
    "schema.ContingencyPlan": "The contingency plan (beredskabsplan): who does what after serious incidents, by role.",
    "schema.ContingencyPlan.adopted": "The date the plan was adopted, as YYYY-MM-DD. Example: `2021-04-20`.",
    "schema.ContingencyPlan.reviewed": (
        "The date of its last review, as YYYY-MM-DD; the next is due the profile's `review_months` (12 in"
        " lbf-2019-26) later."
    ),
    "schema.ContingencyPlan.reference": "Where the plan is found. Example: `Boligsocial beredskabsplan, 2021`.",
    "schema.ContingencyPlan.scenarios": "The situations it prepares for, each with what is done and by which roles.",
    "schema.ContingencyScenario": "A situation the contingency plan prepares for: what is done, and by which roles.",
    "schema.ContingencyScenario.situation": "The situation. Example: `Uro, hærværk eller vold i området`.",
    "schema.ContingencyScenario.actions": (
        "What is done, and how soon. Example: `Fælles møde mellem boligselskab, kommune og politi inden 48 timer`."
    ),
    "schema.ContingencyScenario.roles": (
        "The roles that act, never persons' names. Example: `[Projektleder, SSP-konsulent]`."
    ),
    # a shared board
    "schema.Board": "A board (bestyrelse) shared by several plans (`kind: board`), hplan file format 1.",
    "schema.Board.format": "The file-format version. Always `1`.",
    "schema.Board.kind": "What this document is: `board`.",
    "schema.Board.id": "The board's id, unique among the files checked together. Example: `aalborg-oest`.",
    "schema.Board.name": "The board's name. Example: `Bestyrelsen for de boligsociale helhedsplaner i Aalborg Øst`.",
    "schema.Board.plans": "The ids of the plans the board governs; each of them names this board file.",
    "schema.Board.members": "The board's members, by role. At least one.",
    "schema.Board.terms_of_reference": (
        "The board's terms of reference (kommissorium): when adopted, where found, how often the board meets."
    ),
    "schema.Board.meetings": (
        "The board's meetings (bestyrelsesmøder); one dated after the as-of date is planned, not held."
    ),
    "schema.Board.revisions": "The board file's own change log: each approved change of the board, by whom and when.",
    "schema.BoardMember": (
        "A member of a shared board: a role, never a person's name; optionally the party it represents."
    ),
    "schema.BoardMember.role": "The member's role, never a person's name. Example: `Direktør`.",
    "schema.BoardMember.organisation": "The member's organisation, or a party id. Example: `Himmerland Boligforening`.",
    "schema.BoardMember.party": (
        "The id of the party of the governed plans the member represents. Example: `aalborg-kommune`."
    ),
    "schema.TermsOfReference": "The board's terms of reference (kommissorium): purpose, mandate, how often it meets.",
    "schema.TermsOfReference.adopted": "The date the terms were adopted, as YYYY-MM-DD. Example: `2017-03-01`.",
    "schema.TermsOfReference.reference": "Where the terms are found. Example: `Kommissorium for bestyrelsen`.",
    "schema.TermsOfReference.meetings_per_year": "How many times a year the board meets, 1-52. Example: `2`.",
    "schema.TermsOfReference.purpose": "What the board is for. Example: `Sikre retning, prioritering og fremdrift.`",
    "schema.TermsOfReference.mandate": "What the board may decide, in words.",
    "schema.TermsOfReference.chair": (
        "The chair's role, never a person's name. Example: `Direktør for Skoleforvaltningen`."
    ),
    "schema.TermsOfReference.secretariat": "Who is the board's secretariat, by role. Example: `Projektlederen`.",
    "schema.TermsOfReference.decides": "The decisions reserved to the board. Example: `[Flytning af milepæle]`.",
    "schema.BoardMeeting": "A board meeting: its minutes, the plans it concerned, the criteria followed up, decisions.",
    "schema.BoardMeeting.date": "The day of the meeting, as YYYY-MM-DD; one meeting a day. Example: `2018-03-06`.",
    "schema.BoardMeeting.reference": "Where the minutes (referat) are. Example: `Referat 2018-03-06`.",
    "schema.BoardMeeting.plans": "The ids of the plans the meeting concerned; left out, all the board's plans.",
    "schema.BoardMeeting.items": "The agenda items. Example: `[Status på succeskriterierne, Budget 2019]`.",
    "schema.BoardMeeting.followed_up": "The ids of the success criteria the board followed up. Example: `[ub-neet]`.",
    "schema.BoardMeeting.decisions": "The decisions taken, each with the plans it concerns.",
    "schema.BoardDecision": "A decision of a board meeting, and the plans it concerns.",
    "schema.BoardDecision.text": "The decision, in a sentence. Example: `Ungeklubben erstattes af ungeaftener`.",
    "schema.BoardDecision.plans": "The ids of the plans the decision concerns. Example: `[oest-i-centrum]`.",
    "schema.BoardDecision.reference": (
        "The `reference` of the change-log entry the decision approved. Example: `Bestyrelsesmøde 2018-03-06, punkt 6`."
    ),
    # titles: what the editor calls a value of a model ("Expected ...")
    "schema.title.Plan": "plan",
    "schema.title.Period": "plan period",
    "schema.title.Party": "party",
    "schema.title.StrategicAgreement": "strategic cooperation agreement",
    "schema.title.Signature": "signature",
    "schema.title.Organisation": "organisation",
    "schema.title.InlineBoard": "board",
    "schema.title.Member": "member",
    "schema.title.SteeringGroup": "steering group",
    "schema.title.Secretariat": "project secretariat",
    "schema.title.Staff": "post",
    "schema.title.ActivityGroup": "activity group",
    "schema.title.FocusArea": "focus area",
    "schema.title.SuccessCriterion": "success criterion",
    "schema.title.Point": "value at a date",
    "schema.title.DataSource": "data source",
    "schema.title.Measurement": "measurement",
    "schema.title.Activity": "activity",
    "schema.title.CooperationAgreement": "cooperation agreement",
    "schema.title.Milestone": "milestone",
    "schema.title.Budget": "budget",
    "schema.title.BudgetLine": "budget line",
    "schema.title.Evaluation": "yearly evaluation",
    "schema.title.Revision": "approved change",
    "schema.title.Board": "board",
    "schema.title.TargetGroup": "target group",
    "schema.title.QualitativeCriterion": "qualitative success criterion",
    "schema.title.SubTarget": "sub-target",
    "schema.title.Assessment": "judgement of goal attainment",
    "schema.title.Approval": "approval",
    "schema.title.ContingencyPlan": "contingency plan",
    "schema.title.ContingencyScenario": "situation",
    "schema.title.BoardMember": "board member",
    "schema.title.TermsOfReference": "terms of reference",
    "schema.title.BoardMeeting": "board meeting",
    "schema.title.BoardDecision": "decision",
    # snippets for new list items
    "schema.snippet.hint": "A whole item: fill in each field (Tab moves to the next); hplan validate accepts it then.",
    "schema.snippet.SuccessCriterion": "New success criterion",
    "schema.snippet.Measurement": "New measurement",
    "schema.snippet.Activity": "New activity",
    "schema.snippet.Milestone": "New milestone",
    "schema.snippet.BudgetLine": "New budget line",
    "schema.snippet.CooperationAgreement": "New cooperation agreement",
    "schema.snippet.Evaluation": "New yearly evaluation",
    "schema.hint.id": "new-id",
    "schema.hint.text": "text",
    "schema.hint.criterion": "what the criterion says",
    "schema.hint.indicator": "what is measured",
    "schema.hint.date": "YYYY-MM-DD",
    "schema.hint.year": "YYYY",
}
