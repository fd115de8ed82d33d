"""English messages: the source every other language translates.

One module per command (``validate``, ``diff``, ``status``, ``rules``,
``yearly``) and ``common`` for what several share; :func:`hplan.i18n.catalogue`
merges them. Ids carry their command's prefix (``v.``, ``d.``, ``s.``, ``r.``,
``yearly.``); the shared ones are ``count.*`` (counted nouns: a ``.one`` and
an ``.other`` form, ``{count}`` the count), ``state.*`` and ``unit.*``.
"""
