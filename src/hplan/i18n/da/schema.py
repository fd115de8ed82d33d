"""Danske ord i JSON-skemaet (``hplan schema``): hvad hvert felt og hver tilladt værdi betyder."""

MESSAGES: dict[str, str] = {
    # planen
    "schema.Plan": "En boligsocial helhedsplan, hplans filformat 1.",
    "schema.Plan.format": "Filformatets version. Altid `1`.",
    "schema.Plan.kind": "Hvad dokumentet er: `plan` (en bestyrelse, som flere planer deler, er `kind: board`).",
    "schema.Plan.id": (
        "Planens id: små bogstaver a-z, cifre og bindestreger, entydigt blandt de filer, der kontrolleres"
        " sammen. Eksempel: `oest-i-centrum`."
    ),
    "schema.Plan.name": "Helhedsplanens navn, som forfatterne skriver det. Eksempel: `Øst i Centrum`.",
    "schema.Plan.area": "Boligområdet og dets afdelinger, med ord. Eksempel: `Aalborg Øst – Skallerupvej`.",
    "schema.Plan.profile": (
        "Bevillingsrammen, hvis regler gælder: `lbf-2015-18` eller `lbf-2019-26` (Landsbyggefondens midler),"
        " eller stien til en egen profilfil."
    ),
    "schema.Plan.period": "Planperioden: første og sidste dag, normalt fire år.",
    "schema.Plan.parties": (
        "Parterne, der underskriver den strategiske samarbejdsaftale: mindst boligorganisationen og kommunen."
    ),
    "schema.Plan.strategic_agreement": (
        "Den strategiske samarbejdsaftale; enhver ændring af den kræver Landsbyggefondens godkendelse."
    ),
    "schema.Plan.organisation": "Organiseringen: bestyrelse, styregruppe, projektsekretariat og aktivitetsgrupper.",
    "schema.Plan.focus_areas": (
        "Indsatsområderne, planen arbejder i, hver med sin delaftale: formål, succeskriterier og aktiviteter."
        " Mindst ét."
    ),
    "schema.Plan.cooperation_agreements": "Samarbejdsaftaler med lokale partnere: skole, SSP, jobcenter.",
    "schema.Plan.milestones": "Milepælsplanen: hvad der skal nås, og hvornår.",
    "schema.Plan.budget": (
        "Budgettet i hele kroner pr. kalenderår, fordelt på indsatsområde, udgiftsart og finansieringskilde."
    ),
    "schema.Plan.evaluations": "Styregruppens årlige evalueringer, én for hvert kalenderår i planperioden.",
    "schema.Plan.revisions": "Ændringsloggen: hver godkendt ændring af planen, hvem der godkendte den, og hvornår.",
    "schema.Plan.target_groups": (
        "Målgrupperne, helhedsplanen arbejder for, hver defineret én gang her; indsatsområder, succeskriterier og"
        " aktiviteter henviser til dem med id. Grupper, aldrig personer."
    ),
    "schema.Plan.contingency_plan": (
        "Beredskabsplanen: hvem der gør hvad efter alvorlige hændelser i området, angivet ved rolle."
    ),
    "schema.Period": "Planperioden: første og sidste dag.",
    "schema.Period.start": "Planperiodens første dag, som ÅÅÅÅ-MM-DD. Eksempel: `2017-02-01`.",
    "schema.Period.end": "Planperiodens sidste dag, som ÅÅÅÅ-MM-DD, efter `start`. Eksempel: `2021-01-31`.",
    "schema.Party": "En part, der underskriver den strategiske samarbejdsaftale.",
    "schema.Party.id": (
        "Partens id; budgetposter og underskrifter henviser til parten med det. Eksempel: `aalborg-kommune`."
    ),
    "schema.Party.name": "Partens navn. Eksempel: `Aalborg Kommune`.",
    "schema.Party.kind": "Hvilken slags part det er.",
    "schema.Party.departments": "De afdelinger i boligorganisationen, planen omfatter. Eksempel: `[Afd. 12]`.",
    "schema.PartyKind.housing_organisation": "En boligorganisation.",
    "schema.PartyKind.municipality": "En kommune.",
    "schema.PartyKind.other": "En anden part, fx politiet.",
    "schema.StrategicAgreement": "Den strategiske samarbejdsaftale: formålet og parternes underskrifter.",
    "schema.StrategicAgreement.purpose": "Det, parterne er enige om, at helhedsplanen skal opnå, med deres egne ord.",
    "schema.StrategicAgreement.signatures": "Én underskrift for hver part i `parties`.",
    "schema.StrategicAgreement.lbf_approved": (
        "Datoen, hvor Landsbyggefonden godkendte planen, som ÅÅÅÅ-MM-DD. Udelad den, indtil det er sket."
    ),
    "schema.Signature": "Én parts underskrift på den strategiske samarbejdsaftale.",
    "schema.Signature.party": "Id for den part, der underskriver, fra `parties`. Eksempel: `aalborg-kommune`.",
    "schema.Signature.date": "Underskriftens dato, som ÅÅÅÅ-MM-DD.",
    "schema.Signature.role": "Rollen for den, der underskrev, aldrig en persons navn. Eksempel: `Rådmand`.",
    "schema.Organisation": "Planens organisering: bestyrelse, styregruppe, projektsekretariat og aktivitetsgrupper.",
    "schema.Organisation.board": (
        "Bestyrelsen: en sti fra denne fil til et `kind: board`-dokument (fx `boards/aalborg-oest.yaml`),"
        " eller en bestyrelse skrevet her med `name` og `members`."
    ),
    "schema.Organisation.steering_group": "Den lokale styregruppe.",
    "schema.Organisation.secretariat": "Projektsekretariatet: projektlederen og medarbejderne.",
    "schema.Organisation.activity_groups": "Aktivitetsgrupper og faglige netværk af lokale partnere.",
    "schema.InlineBoard": "En bestyrelse skrevet ind i planen, når ingen anden plan deler den.",
    "schema.InlineBoard.name": "Bestyrelsens navn. Eksempel: `Bestyrelsen for helhedsplanen i Løvvangen`.",
    "schema.InlineBoard.members": "Bestyrelsens medlemmer, angivet ved rolle. Mindst ét.",
    "schema.InlineBoard.terms_of_reference": (
        "Bestyrelsens kommissorium: hvornår det blev vedtaget, hvor det findes, og hvor ofte den mødes."
    ),
    "schema.InlineBoard.meetings": "Bestyrelsens møder; et møde efter opgørelsesdatoen er planlagt, ikke afholdt.",
    "schema.Member": "Et medlem af en bestyrelse, styregruppe eller et sekretariat: en rolle, aldrig en persons navn.",
    "schema.Member.role": "Medlemmets rolle, aldrig en persons navn. Eksempel: `Skoleleder`.",
    "schema.Member.organisation": (
        "Medlemmets organisation eller id for en af planens parter. Eksempel: `Aalborg Kommune`."
    ),
    "schema.SteeringGroup": "Den lokale styregruppe.",
    "schema.SteeringGroup.members": "Styregruppens medlemmer, angivet ved rolle. Mindst ét.",
    "schema.Secretariat": "Projektsekretariatet: projektlederen og medarbejderne.",
    "schema.Secretariat.project_leader": "Projektlederen: en rolle og en organisation.",
    "schema.Secretariat.staff": "Sekretariatets stillinger (projektmedarbejdere).",
    "schema.Staff": "En stilling i projektsekretariatet.",
    "schema.Staff.role": "Stillingen, aldrig en persons navn. Eksempel: `Job- og uddannelsescoach`.",
    "schema.Staff.fte": "Årsværk, over 0 og højst 10, med decimalpunktum. Eksempel: `0.5`.",
    "schema.Staff.organisation": "Den organisation, der ansætter, eller id for en part.",
    "schema.Staff.focus_areas": "Id'er for de indsatsområder, stillingen arbejder i.",
    "schema.ActivityGroup": "En aktivitetsgruppe eller et fagligt netværk af lokale partnere.",
    "schema.ActivityGroup.id": "Gruppens id. Eksempel: `netvaerk-uddannelse`.",
    "schema.ActivityGroup.name": "Gruppens navn. Eksempel: `Netværk for uddannelse og job`.",
    "schema.ActivityGroup.focus_areas": "Id'er for de indsatsområder, gruppen arbejder i.",
    "schema.ActivityGroup.partners": "Partnerne i gruppen, angivet ved organisation. Eksempel: `[Jobcenter Aalborg]`.",
    "schema.TargetGroup": "En målgruppe, helhedsplanen arbejder for: en gruppe, aldrig en liste over personer.",
    "schema.TargetGroup.id": (
        "Målgruppens id; indsatsområder, succeskriterier og aktiviteter henviser til det. Eksempel: `unge-15-29`."
    ),
    "schema.TargetGroup.name": "Målgruppens navn. Eksempel: `15-29-årige uden uddannelse og job`.",
    "schema.TargetGroup.age": "Et aldersinterval i år, `[fra, til]`, begge medregnet (0-130). Eksempel: `[15, 29]`.",
    "schema.TargetGroup.description": "Hvem der hører til gruppen. Eksempel: `Forældre til børn i skolealderen.`",
    # indsatsområder og succeskriterier
    "schema.FocusArea": "Et indsatsområde med sin delaftale.",
    "schema.FocusArea.id": (
        "Indsatsområdets id, et af bevillingsrammens indsatsområder. Eksempel: `uddannelse-og-beskaeftigelse`."
    ),
    "schema.FocusArea.purpose": "Formålet: det, arbejdet i indsatsområdet skal opnå.",
    "schema.FocusArea.core_challenges": "Kerneudfordringerne, indsatsområdet svarer på.",
    "schema.FocusArea.success_criteria": (
        "Succeskriterierne, der viser, om indsatsområdet når sit formål: hvert målt (standard) eller vurderet årligt"
        " (`kind: qualitative`). Mindst ét."
    ),
    "schema.FocusArea.target_groups": "Id'er for de målgrupper, indsatsområdet arbejder for. Eksempel: `[unge-15-29]`.",
    "schema.FocusArea.activities": "Indsatsområdets aktiviteter.",
    "schema.SuccessCriterion": (
        "Et succeskriterium: en indikator, der måles fra en baseline hen mod et mål. Et succeskriterium, der"
        " vurderes i stedet for at blive målt, er `kind: qualitative`."
    ),
    "schema.SuccessCriterion.kind": (
        "`quantitative`, standardværdien, så den udelades som regel: succeskriteriet måles. Skriv"
        " `kind: qualitative` for et succeskriterium, der i stedet vurderes hvert år."
    ),
    "schema.SuccessCriterion.target_group": "Id for den målgruppe, succeskriteriet handler om. Eksempel: `unge-15-29`.",
    "schema.SuccessCriterion.id": "Succeskriteriets id, entydigt i planen. Eksempel: `ub-neet`.",
    "schema.SuccessCriterion.text": (
        "Hvad succeskriteriet siger, i én sætning. Eksempel: `Andelen af 15-29-årige uden uddannelse og job falder.`"
    ),
    "schema.SuccessCriterion.indicator": "Indikatoren: det, der måles. Eksempel: `Andel 15-29-årige i NEET-gruppen`.",
    "schema.SuccessCriterion.unit": "Enheden for baseline, mål og målinger.",
    "schema.SuccessCriterion.direction": "Den retning, indikatoren skal bevæge sig fra baseline til målet.",
    "schema.SuccessCriterion.baseline": (
        "Baseline: indikatorens værdi, før arbejdet begyndte, og datoen for målingen."
        " Eksempel: `value: 24.0` og `date: 2016-12-31`. Udelades kun, mens den afventes (`baseline_due`)."
    ),
    "schema.SuccessCriterion.baseline_due": (
        "En baseline, der fastlægges ved første måling: datoen, som ÅÅÅÅ-MM-DD, hvor den senest skal være målt"
        " og skrevet i `baseline`. Eksempel: `2017-11-30`."
    ),
    "schema.SuccessCriterion.targets": (
        "Delmålene: den værdi, der skal være nået på en dato, som regel ét pr. planår, på vejen fra baseline"
        " til målet. Eksempel: `{date: 2018-12-31, value: 22.0}`."
    ),
    "schema.SuccessCriterion.target": (
        "Målet: den værdi, der skal nås, og hvornår. Eksempel: `value: 18.0` og `date: 2020-12-31`."
    ),
    "schema.SuccessCriterion.data_source": "Datakilden: hvor målingerne kommer fra, og hvor ofte.",
    "schema.SuccessCriterion.measurements": "Målingerne indtil nu, én pr. dato.",
    "schema.SuccessCriterion.assessments": (
        "Styregruppens vurderinger af målopfyldelsen, én pr. år: opfyldt, delvist opfyldt eller ikke opfyldt."
    ),
    "schema.QualitativeCriterion": (
        "Et kvalitativt succeskriterium (`kind: qualitative`): vurderes hvert år som opfyldt, delvist opfyldt"
        " eller ikke opfyldt."
    ),
    "schema.QualitativeCriterion.id": "Succeskriteriets id, entydigt i planen. Eksempel: `fo-samarbejde-skole`.",
    "schema.QualitativeCriterion.kind": "`qualitative`: vurderes, måles ikke; ingen indikator, baseline eller mål.",
    "schema.QualitativeCriterion.text": (
        "Hvad succeskriteriet siger, i én sætning. Eksempel: `Et styrket samarbejde mellem skolen og indsatsen.`"
    ),
    "schema.QualitativeCriterion.target_group": "Id for den målgruppe, succeskriteriet eventuelt handler om.",
    "schema.QualitativeCriterion.data_source": (
        "Datakilden, vurderingen bygger på. Eksempel: sekretariatets registreringer af sine møder."
    ),
    "schema.QualitativeCriterion.assessments": (
        "Styregruppens vurderinger af målopfyldelsen, én pr. år: hvert evalueret år skal have én senest på"
        " evalueringens frist."
    ),
    "schema.Assessment": "Styregruppens vurdering af et succeskriteriums målopfyldelse for ét år.",
    "schema.Assessment.year": "Det vurderede kalenderår. Eksempel: `2017`.",
    "schema.Assessment.date": "Datoen, hvor vurderingen blev foretaget, som ÅÅÅÅ-MM-DD. Eksempel: `2018-02-27`.",
    "schema.Assessment.status": "Vurderingen: opfyldt, delvist opfyldt eller ikke opfyldt.",
    "schema.Assessment.note": "Begrundelsen, kort. Eksempel: `Fast møde med skolen hver anden måned.`",
    "schema.AssessmentStatus.met": "Opfyldt.",
    "schema.AssessmentStatus.partly_met": "Delvist opfyldt.",
    "schema.AssessmentStatus.not_met": "Ikke opfyldt.",
    "schema.SubTarget": "Et delmål: den værdi, succeskriteriet skal nå på en dato, som regel ved et planårs slutning.",
    "schema.SubTarget.date": "Datoen, hvor delmålet skal være nået, som ÅÅÅÅ-MM-DD. Eksempel: `2018-12-31`.",
    "schema.SubTarget.value": (
        "Værdien, der skal være nået, i succeskriteriets enhed, med decimalpunktum. Eksempel: `22.0`."
    ),
    "schema.Unit.percent": "Procent, 0-100: skriv `18.5` for 18,5 %.",
    "schema.Unit.count": "Et antal personer, hændelser eller lignende.",
    "schema.Unit.per_1000": "Promille (‰), fx anmeldte forbrydelser pr. 1.000 beboere.",
    "schema.Unit.score": "Point på en skala, fx fra en spørgeskemaundersøgelse.",
    "schema.Unit.dkk": "Kroner (kr.).",
    "schema.Direction.increase": "Skal stige: målet ligger over baseline.",
    "schema.Direction.decrease": "Skal falde: målet ligger under baseline.",
    "schema.Direction.maintain": "Skal fastholdes: målet er lig med baseline.",
    "schema.Point": "En værdi på en dato: en baseline eller et mål.",
    "schema.Point.value": "Værdien i succeskriteriets enhed, med decimalpunktum. Eksempel: `24.0` (aldrig `24,0`).",
    "schema.Point.date": "Datoen, værdien gælder for, som ÅÅÅÅ-MM-DD. Eksempel: `2016-12-31`.",
    "schema.DataSource": "Hvor et succeskriteriums målinger kommer fra, og hvor ofte.",
    "schema.DataSource.kind": "Hvilken slags datakilde det er.",
    "schema.DataSource.name": "Datakildens navn. Eksempel: `Danmarks Statistik via LBF Boligsociale Data`.",
    "schema.DataSource.frequency": "Hvor ofte datakilden giver en ny måling.",
    "schema.DataSource.lag_months": (
        "Hvor mange måneder efter sin dato et tal som regel kommer, 0-60; udelades den, gælder"
        " bevillingsrammens forsinkelse for den slags datakilde. Eksempel: `18` for registerdata."
    ),
    "schema.SourceKind.register": "Registerdata, fx fra Danmarks Statistik.",
    "schema.SourceKind.resident_data": "LBF's beboerdata.",
    "schema.SourceKind.municipal": "Kommunale data.",
    "schema.SourceKind.police": "Politiets data.",
    "schema.SourceKind.housing_organisation": "Boligorganisationens data.",
    "schema.SourceKind.survey": "En spørgeskemaundersøgelse.",
    "schema.SourceKind.activity_records": "Sekretariatets registreringer af sine aktiviteter.",
    "schema.SourceKind.other": "En anden kilde.",
    "schema.Frequency.yearly": "Årlig.",
    "schema.Frequency.half_yearly": "Halvårlig.",
    "schema.Frequency.quarterly": "Kvartalsvis.",
    "schema.Frequency.monthly": "Månedlig.",
    "schema.Frequency.once": "Én gang.",
    "schema.Measurement": "Én måling af et succeskriterium.",
    "schema.Measurement.date": (
        "Måledatoen: den dag, værdien beskriver, ikke den dag, tallet blev offentliggjort, som ÅÅÅÅ-MM-DD."
        " Eksempel: `2018-12-31`."
    ),
    "schema.Measurement.published": (
        "Datoen, hvor tallet blev offentliggjort, som ÅÅÅÅ-MM-DD; kun til orientering. Eksempel: `2019-02-15`."
    ),
    "schema.Measurement.value": "Den målte værdi i succeskriteriets enhed, med decimalpunktum. Eksempel: `21.4`.",
    "schema.Measurement.note": "En bemærkning til målingen. Eksempel: `Foreløbigt tal`.",
    "schema.Activity": "En aktivitet under et indsatsområde.",
    "schema.Activity.id": "Aktivitetens id; milepæle henviser til det. Eksempel: `ub-lektiecafe`.",
    "schema.Activity.name": "Aktivitetens navn. Eksempel: `Lektiecafé`.",
    "schema.Activity.description": "Hvad aktiviteten er og gør, med få sætninger.",
    "schema.Activity.partners": "Partnerne i aktiviteten, angivet ved organisation. Eksempel: `[Skallerupvej Skole]`.",
    "schema.Activity.start": "Aktivitetens første dag, som ÅÅÅÅ-MM-DD.",
    "schema.Activity.end": "Aktivitetens sidste dag, som ÅÅÅÅ-MM-DD.",
    "schema.Activity.target_groups": "Id'er for de målgrupper, aktiviteten er for. Eksempel: `[foraeldre]`.",
    # aftaler, milepæle, budget og opfølgning
    "schema.CooperationAgreement": "En samarbejdsaftale med en lokal partner.",
    "schema.CooperationAgreement.id": "Samarbejdsaftalens id. Eksempel: `sa-jobcenter`.",
    "schema.CooperationAgreement.partner": "Partneren, angivet ved organisation. Eksempel: `Jobcenter Aalborg`.",
    "schema.CooperationAgreement.subject": "Hvad aftalen handler om. Eksempel: `Fremskudt jobvejledning`.",
    "schema.CooperationAgreement.focus_areas": "Id'er for de indsatsområder, aftalen tjener.",
    "schema.CooperationAgreement.signed": "Datoen, hvor aftalen blev underskrevet, som ÅÅÅÅ-MM-DD.",
    "schema.CooperationAgreement.valid_until": "Aftalens sidste dag, som ÅÅÅÅ-MM-DD; normalt planperiodens slutning.",
    "schema.CooperationAgreement.renewal": (
        "`annual` for en samarbejdsaftale, der fornyes hvert år: så advarer hplan ikke om, at den snart udløber."
    ),
    "schema.CooperationAgreement.renews": "Id for den samarbejdsaftale, denne afløser. Eksempel: `sa-lektiecafe-2017`.",
    "schema.Milestone": "En milepæl i milepælsplanen.",
    "schema.Milestone.id": "Milepælens id. Eksempel: `m-lektiecafe-aaben`.",
    "schema.Milestone.title": "Det, der er nået ved milepælen. Eksempel: `Lektiecaféen er åben to dage om ugen`.",
    "schema.Milestone.due": "Fristen, som ÅÅÅÅ-MM-DD.",
    "schema.Milestone.focus_area": "Id for det indsatsområde, milepælen hører til.",
    "schema.Milestone.activity": "Id for den aktivitet, milepælen hører til.",
    "schema.Milestone.status": "Hvor milepælen står; `planned`, når den udelades.",
    "schema.Milestone.completed": "Datoen, hvor milepælen blev nået, som ÅÅÅÅ-MM-DD: påkrævet ved `status: done`.",
    "schema.MilestoneStatus.planned": "Planlagt: endnu ikke nået.",
    "schema.MilestoneStatus.done": "Gennemført: nået; skriv datoen i `completed`.",
    "schema.MilestoneStatus.delayed": "Forsinket: nås senere end planlagt.",
    "schema.MilestoneStatus.cancelled": "Udgået: nås ikke.",
    "schema.Budget": "Planens budget i hele kroner pr. kalenderår.",
    "schema.Budget.lines": "Budgetposterne: én pr. år, indsatsområde og udgiftsart.",
    "schema.BudgetLine": (
        "Planlagt finansiering for ét kalenderår, ét indsatsområde (eller cross_cutting) og én udgiftsart."
    ),
    "schema.BudgetLine.year": "Kalenderåret, inden for planperioden. Eksempel: `2018`.",
    "schema.BudgetLine.focus_area": (
        "Id for et af planens indsatsområder, eller `cross_cutting` for det tværgående (sekretariat m.m.)."
    ),
    "schema.BudgetLine.category": "Udgiftsarten: hvad pengene bruges til.",
    "schema.BudgetLine.funding": (
        "Finansieringskilderne og deres beløb: `lbf`, id for en part eller `other`, hver med hele kroner uden"
        " tusindtalsskilletegn. Eksempel: `lbf: 450000` (aldrig `450.000` eller `450_000`)."
    ),
    "schema.BudgetLine.spent": (
        "Budgetpostens faktiske forbrug i hele kroner: det samlede beløb eller pr. finansieringskilde "
        "(`{lbf: 400000, aalborg-kommune: 180000}`). Eksempel: `580000`."
    ),
    "schema.Category.personnel": "Personale: løn til sekretariatet og medarbejderne.",
    "schema.Category.activities": "Aktiviteter.",
    "schema.Category.administration": "Administration.",
    "schema.Category.evaluation": "Evaluering.",
    "schema.Category.premises": "Lokaler.",
    "schema.Category.other": "Andet.",
    "schema.Evaluation": "Styregruppens årlige evaluering af ét kalenderår.",
    "schema.Evaluation.year": "Det evaluerede kalenderår. Eksempel: `2017`.",
    "schema.Evaluation.date": "Datoen, hvor styregruppen evaluerede året, som ÅÅÅÅ-MM-DD.",
    "schema.Evaluation.summary": "Det, styregruppen konkluderede.",
    "schema.Evaluation.decisions": "De trufne beslutninger. Eksempel: `[Flere timer til jobcoach i 2018]`.",
    "schema.Revision": "En godkendt ændring af planen (en post i ændringsloggen).",
    "schema.Revision.date": "Godkendelsens dato, som ÅÅÅÅ-MM-DD.",
    "schema.Revision.approved_by": (
        "Det ene organ, der godkendte ændringen, med `reference`; udelad det, når `approvals` angiver organerne."
    ),
    "schema.Revision.reference": (
        "Hvor godkendelsen er registreret; påkrævet med `approved_by`. Eksempel: `Bestyrelsesmøde 2018-03-01, punkt 4`."
    ),
    "schema.Revision.approvals": (
        "Hvert organ, der godkendte ændringen, med dato og reference; i stedet for eller ud over `approved_by`."
    ),
    "schema.Revision.summary": "Hvad der blev ændret.",
    "schema.ApprovalBody.board": "Bestyrelsen.",
    "schema.ApprovalBody.lbf": "Landsbyggefonden.",
    "schema.Approval": "Ét organs godkendelse af en ændring: hvilket organ, hvornår, og hvor den er referatført.",
    "schema.Approval.body": (
        "Organet, der godkendte: `lbf` (Landsbyggefonden), `board` (bestyrelsen), `steering_group`"
        " (styregruppen) eller id for en af planens parter (partens eget besluttende organ)."
        " Eksempel: `aalborg-kommune`."
    ),
    "schema.Approval.date": "Datoen, hvor organet godkendte, som ÅÅÅÅ-MM-DD. Eksempel: `2019-01-10`.",
    "schema.Approval.reference": "Hvor godkendelsen er referatført. Eksempel: `Udvalgsmøde 2018-12-12, punkt 5`.",
    "schema.ContingencyPlan": "Beredskabsplanen: hvem der gør hvad efter alvorlige hændelser, angivet ved rolle.",
    "schema.ContingencyPlan.adopted": "Datoen, hvor planen blev vedtaget, som ÅÅÅÅ-MM-DD. Eksempel: `2021-04-20`.",
    "schema.ContingencyPlan.reviewed": (
        "Datoen for den seneste gennemgang, som ÅÅÅÅ-MM-DD; den næste skal ske bevillingsrammens"
        " `review_months` (12 under 2019-26-midlerne) senere."
    ),
    "schema.ContingencyPlan.reference": "Hvor beredskabsplanen findes. Eksempel: `Boligsocial beredskabsplan, 2021`.",
    "schema.ContingencyPlan.scenarios": "De situationer, den forbereder, hver med hvad der gøres, og af hvilke roller.",
    "schema.ContingencyScenario": "En situation, beredskabsplanen forbereder: hvad der gøres, og af hvilke roller.",
    "schema.ContingencyScenario.situation": "Situationen. Eksempel: `Uro, hærværk eller vold i området`.",
    "schema.ContingencyScenario.actions": (
        "Hvad der gøres, og hvor hurtigt. Eksempel: `Fælles møde med kommune og politi inden 48 timer`."
    ),
    "schema.ContingencyScenario.roles": (
        "De roller, der handler, aldrig personers navne. Eksempel: `[Projektleder, SSP-konsulent]`."
    ),
    # en delt bestyrelse
    "schema.Board": "En bestyrelse, som flere planer deler (`kind: board`), hplans filformat 1.",
    "schema.Board.format": "Filformatets version. Altid `1`.",
    "schema.Board.kind": "Hvad dokumentet er: `board`.",
    "schema.Board.id": "Bestyrelsens id, entydigt blandt de filer, der kontrolleres sammen. Eksempel: `aalborg-oest`.",
    "schema.Board.name": "Bestyrelsens navn. Eksempel: `Bestyrelsen for de boligsociale helhedsplaner i Aalborg Øst`.",
    "schema.Board.plans": "Id'er for de planer, bestyrelsen leder; hver af dem henviser til denne bestyrelsesfil.",
    "schema.Board.members": "Bestyrelsens medlemmer, angivet ved rolle. Mindst ét.",
    "schema.Board.terms_of_reference": (
        "Bestyrelsens kommissorium: hvornår det blev vedtaget, hvor det findes, og hvor ofte bestyrelsen mødes."
    ),
    "schema.Board.meetings": "Bestyrelsesmøderne; et møde dateret efter opgørelsesdatoen er planlagt, ikke afholdt.",
    "schema.Board.revisions": (
        "Bestyrelsesfilens egen ændringslog: hver godkendt ændring af bestyrelsen, hvem der godkendte den, og hvornår."
    ),
    "schema.BoardMember": (
        "Et medlem af en delt bestyrelse: en rolle, aldrig en persons navn; eventuelt den part, medlemmet"
        " repræsenterer."
    ),
    "schema.BoardMember.role": "Medlemmets rolle, aldrig en persons navn. Eksempel: `Direktør`.",
    "schema.BoardMember.organisation": (
        "Medlemmets organisation eller id for en part. Eksempel: `Himmerland Boligforening`."
    ),
    "schema.BoardMember.party": (
        "Id for den part i de ledede planer, medlemmet repræsenterer. Eksempel: `aalborg-kommune`."
    ),
    "schema.TermsOfReference": "Bestyrelsens kommissorium: formål, mandat, og hvor ofte bestyrelsen mødes.",
    "schema.TermsOfReference.adopted": (
        "Datoen, hvor kommissoriet blev vedtaget, som ÅÅÅÅ-MM-DD. Eksempel: `2017-03-01`."
    ),
    "schema.TermsOfReference.reference": (
        "Hvor kommissoriet findes. Eksempel: `Kommissorium for bestyrelsen, version 1`."
    ),
    "schema.TermsOfReference.meetings_per_year": "Hvor mange gange om året bestyrelsen mødes, 1-52. Eksempel: `2`.",
    "schema.TermsOfReference.purpose": "Bestyrelsens formål. Eksempel: `Sikre retning, prioritering og fremdrift.`",
    "schema.TermsOfReference.mandate": "Hvad bestyrelsen kan beslutte, med ord.",
    "schema.TermsOfReference.chair": (
        "Formandens rolle, aldrig en persons navn. Eksempel: `Direktør for Skoleforvaltningen`."
    ),
    "schema.TermsOfReference.secretariat": "Bestyrelsens sekretariat, angivet ved rolle. Eksempel: `Projektlederen`.",
    "schema.TermsOfReference.decides": "Beslutninger forbeholdt bestyrelsen. Eksempel: `[Flytning af milepæle]`.",
    "schema.BoardMeeting": (
        "Et bestyrelsesmøde: referatet, planerne, det angik, de succeskriterier, det fulgte op på, og beslutningerne."
    ),
    "schema.BoardMeeting.date": "Mødets dato, som ÅÅÅÅ-MM-DD; ét møde pr. dag. Eksempel: `2018-03-06`.",
    "schema.BoardMeeting.reference": "Hvor referatet findes. Eksempel: `Referat 2018-03-06`.",
    "schema.BoardMeeting.plans": "Id'er for de planer, mødet angik; udelades de, angik det alle bestyrelsens planer.",
    "schema.BoardMeeting.items": "Dagsordenspunkterne. Eksempel: `[Status på succeskriterierne, Budget 2019]`.",
    "schema.BoardMeeting.followed_up": "Id'er for de succeskriterier, bestyrelsen fulgte op på. Eksempel: `[ub-neet]`.",
    "schema.BoardMeeting.decisions": "De trufne beslutninger, hver med de planer, den angår.",
    "schema.BoardDecision": "En beslutning truffet på et bestyrelsesmøde, og de planer, den angår.",
    "schema.BoardDecision.text": (
        "Beslutningen, i én sætning. Eksempel: `Ungeklubben udgår og erstattes af ungeaftener`."
    ),
    "schema.BoardDecision.plans": "Id'er for de planer, beslutningen angår. Eksempel: `[oest-i-centrum]`.",
    "schema.BoardDecision.reference": (
        "`reference` for den post i ændringsloggen, beslutningen godkendte."
        " Eksempel: `Bestyrelsesmøde 2018-03-06, punkt 6`."
    ),
    # titler: hvad editoren kalder en værdi af en model ("Expected ...")
    "schema.title.Plan": "helhedsplan",
    "schema.title.Period": "planperiode",
    "schema.title.Party": "part",
    "schema.title.StrategicAgreement": "strategisk samarbejdsaftale",
    "schema.title.Signature": "underskrift",
    "schema.title.Organisation": "organisering",
    "schema.title.InlineBoard": "bestyrelse",
    "schema.title.Member": "medlem",
    "schema.title.SteeringGroup": "styregruppe",
    "schema.title.Secretariat": "projektsekretariat",
    "schema.title.Staff": "stilling",
    "schema.title.ActivityGroup": "aktivitetsgruppe",
    "schema.title.FocusArea": "indsatsområde",
    "schema.title.SuccessCriterion": "succeskriterium",
    "schema.title.Point": "værdi på en dato",
    "schema.title.DataSource": "datakilde",
    "schema.title.Measurement": "måling",
    "schema.title.Activity": "aktivitet",
    "schema.title.CooperationAgreement": "samarbejdsaftale",
    "schema.title.Milestone": "milepæl",
    "schema.title.Budget": "budget",
    "schema.title.BudgetLine": "budgetpost",
    "schema.title.Evaluation": "årlig evaluering",
    "schema.title.Revision": "godkendt ændring",
    "schema.title.Board": "bestyrelse",
    "schema.title.TargetGroup": "målgruppe",
    "schema.title.QualitativeCriterion": "kvalitativt succeskriterium",
    "schema.title.SubTarget": "delmål",
    "schema.title.Assessment": "vurdering af målopfyldelse",
    "schema.title.Approval": "godkendelse",
    "schema.title.ContingencyPlan": "beredskabsplan",
    "schema.title.ContingencyScenario": "situation",
    "schema.title.BoardMember": "bestyrelsesmedlem",
    "schema.title.TermsOfReference": "kommissorium",
    "schema.title.BoardMeeting": "bestyrelsesmøde",
    "schema.title.BoardDecision": "beslutning",
    # skabeloner til nye elementer
    "schema.snippet.hint": (
        "Et helt element: udfyld hvert felt (Tab går til det næste); så finder hplan validate ingen fejl i det."
    ),
    "schema.snippet.SuccessCriterion": "Nyt succeskriterium",
    "schema.snippet.Measurement": "Ny måling",
    "schema.snippet.Activity": "Ny aktivitet",
    "schema.snippet.Milestone": "Ny milepæl",
    "schema.snippet.BudgetLine": "Ny budgetpost",
    "schema.snippet.CooperationAgreement": "Ny samarbejdsaftale",
    "schema.snippet.Evaluation": "Ny årlig evaluering",
    "schema.hint.id": "nyt-id",
    "schema.hint.text": "tekst",
    "schema.hint.criterion": "hvad succeskriteriet siger",
    "schema.hint.indicator": "hvad der måles",
    "schema.hint.date": "ÅÅÅÅ-MM-DD",
    "schema.hint.year": "ÅÅÅÅ",
}
