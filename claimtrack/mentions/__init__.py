"""Words, noun phrases and names: the shared layer under attribution and entities.

Everything here is rule-based and driven by ``lang/<code>/sources.toml``; no word of
any language is written in this module.

* :func:`tokenize` cuts a stretch of text into :class:`Token` values (word or
  punctuation, with code-point offsets into the document, end-exclusive).
* :func:`parse_np` reads one noun phrase forward from a token: an optional
  determiner, modifiers (adjectives in *-e*, demonyms such as "Oekraïense"), a role
  noun ("president", "legerleider") or an organisation noun ("ministerie",
  "mensenrechtenorganisatie"), names (capitalised words with particles: "Jan de
  Vries"), a known place or organisation ("Verenigde Staten", "Truth Social"), and a
  ``van`` complement ("woordvoerder van de politie", "ministerie van Buitenlandse
  Zaken"), an abbreviation in brackets ("de Nederlandse Zorgautoriteit (NZa)"),
  where a person is from ("een vrouw uit Zwolle": the place is a mention of its
  own) or where a body sits ("het gerechtshof in Den Bosch", kept in its name), and
  an agent phrase before a participle ("het door Hamas bestuurde ministerie", named
  without it). Names may hold particles after two names ("Peter Hein van Dijk"
  unless a listed body or portfolio follows: "Eva Smit van Defensie"), "&"
  ("I&O") and "Midden- en West-Brabant". A title or form of address ("Mr.", "mevrouw")
  is read but never part of the name; "een correspondent ter plaatse" keeps its
  ``role_complements``; where the language puts a name before its noun ("Gansu
  authorities") the two are one body. :func:`parse_np_list` reads coordinated
  phrases joined by the language's ``coordinators`` ("A, B en C", "A, B and C").
* :func:`find_mentions` lists the named mentions of an article or document.
* :class:`Resolver` gives each noun phrase its canonical name and type.

Modules: :mod:`.tokens` (the tokenizer), :mod:`.lexicon` (the language's word lists),
:mod:`.phrase` (noun phrases, one small step per part), :mod:`.find` (named mentions
of an article), :mod:`.resolve` (canonical names, with the naming rules).
"""

from __future__ import annotations

from claimtrack.mentions.find import (
    Mention,
    article_mentions,
    article_tokens,
    canonical_place,
    find_mentions,
    is_named,
    title_case,
)
from claimtrack.mentions.lexicon import Lexicon, lexicon, word_class
from claimtrack.mentions.phrase import (
    NounPhrase,
    bare_name,
    is_organisation_name,
    is_plural_role,
    parse_np,
    parse_np_list,
    pronoun_np,
)
from claimtrack.mentions.resolve import Resolver
from claimtrack.mentions.tokens import Token, tokenize

__all__ = [
    "Lexicon",
    "Mention",
    "NounPhrase",
    "Resolver",
    "Token",
    "article_mentions",
    "article_tokens",
    "bare_name",
    "canonical_place",
    "find_mentions",
    "is_named",
    "is_organisation_name",
    "is_plural_role",
    "lexicon",
    "parse_np",
    "parse_np_list",
    "pronoun_np",
    "title_case",
    "tokenize",
    "word_class",
]

