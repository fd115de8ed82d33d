"""Danish messages (dansk): the same ids and placeholders as :mod:`hplan.i18n.en`, module by module.

The domain's own Danish terms are used: helhedsplan, indsatsområde,
succeskriterium, milepæl, medfinansiering, Landsbyggefonden (LBF),
bestyrelsen, styregruppen.
"""
