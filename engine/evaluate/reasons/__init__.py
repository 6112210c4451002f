"""How each predicate kind explains its outcome, in Chinese and English, for every status it can reach.

One module per kind (or per family of kinds): ``compare``, ``in_set``, ``flag``, ``dated`` (date_between,
years_since, days_since, cooldown), ``expiry`` (not_expired), ``places`` (place_in, same_place), ``composite``
(all_of, any_of, none_of, at_least_k_of), ``conditional`` (implies, due_by), ``calc`` and ``others`` (manual,
same_value, known); ``workdays`` words the calendar a working-day deadline was counted with. An evaluator captures
the values it read in the kind's ``Why``; the sentence is rendered the first time it is read.
"""

from engine.evaluate.reasons.base import Plain, Why, sentence

__all__ = ["Plain", "Why", "sentence"]
