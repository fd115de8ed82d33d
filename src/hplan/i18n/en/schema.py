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
    # focus areas and success criteria
    "schema.FocusArea": "A focus area (indsatsområde) with its sub-agreement (delaftale).",
    "schema.FocusArea.id": (
        "The focus area's id, one of the profile's focus areas. Example: `uddannelse-og-beskaeftigelse`."
    ),
    "schema.FocusArea.purpose": "What the work in this focus area is to achieve (formål).",
    "schema.FocusArea.core_challenges": "The core challenges (kerneudfordringer) the focus area answers.",
    "schema.FocusArea.success_criteria": (
        "The success criteria (succeskriterier) that show whether the focus area reaches its purpose. At least one."
    ),
    "schema.FocusArea.activities": "The activities (aktiviteter) of the focus area.",
    "schema.SuccessCriterion": (
        "A success criterion (succeskriterium): an indicator measured from a baseline towards a target."
    ),
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
        " Example: `value: 24.0` and `date: 2016-12-31`."
    ),
    "schema.SuccessCriterion.target": (
        "The target (mål): the value to reach, and by when. Example: `value: 18.0` and `date: 2020-12-31`."
    ),
    "schema.SuccessCriterion.data_source": "The data source (datakilde): where the measurements come from, how often.",
    "schema.SuccessCriterion.measurements": "The measurements (målinger) so far, one a date.",
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
    "schema.Measurement.date": "The date the value holds for, as YYYY-MM-DD. Example: `2018-12-31`.",
    "schema.Measurement.value": "The measured value, in the criterion's unit, with a decimal point. Example: `21.4`.",
    "schema.Measurement.note": "A note on the measurement. Example: `Foreløbigt tal`.",
    "schema.Activity": "An activity (aktivitet) of a focus area.",
    "schema.Activity.id": "The activity's id; milestones name it. Example: `ub-lektiecafe`.",
    "schema.Activity.name": "The activity's name. Example: `Lektiecafé`.",
    "schema.Activity.description": "What the activity is and does, in a few sentences.",
    "schema.Activity.partners": "The partners in the activity, by organisation. Example: `[Skallerupvej Skole]`.",
    "schema.Activity.start": "The first day of the activity, as YYYY-MM-DD.",
    "schema.Activity.end": "The last day of the activity, as YYYY-MM-DD.",
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
        "The actual spending (forbrug) of the line, all sources together, in whole kroner. Example: `580000`."
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
    "schema.Revision.approved_by": "Who approved the change.",
    "schema.Revision.reference": "Where the approval is recorded. Example: `Bestyrelsesmøde 2018-03-01, punkt 4`.",
    "schema.Revision.summary": "What was changed.",
    "schema.ApprovalBody.board": "The board (bestyrelsen).",
    "schema.ApprovalBody.lbf": "Landsbyggefonden.",
    # a shared board
    "schema.Board": "A board (bestyrelse) shared by several plans (`kind: board`), hplan file format 1.",
    "schema.Board.format": "The file-format version. Always `1`.",
    "schema.Board.kind": "What this document is: `board`.",
    "schema.Board.id": "The board's id, unique among the files checked together. Example: `aalborg-oest`.",
    "schema.Board.name": "The board's name. Example: `Bestyrelsen for de boligsociale helhedsplaner i Aalborg Øst`.",
    "schema.Board.plans": "The ids of the plans the board governs; each of them names this board file.",
    "schema.Board.members": "The board's members, by role. At least one.",
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
