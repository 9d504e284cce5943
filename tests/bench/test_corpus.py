"""The generated cases look like the real ones: valid taxonomy, required sections, reproducible."""

from collections import Counter

from bench.corpus import OMRAADE_WEIGHTS, REQUIRED_SECTIONS, CaseGenerator
from casestudies.models.taxonomy import OMRAADE_LABELS

KOMMUNER = ["aarhus", "koebenhavn", "odder", "roskilde", "soenderborg"]


def test_cases_fill_the_required_sections_with_known_values():
    generator = CaseGenerator(KOMMUNER, seed=7)
    for number in range(200):
        case = generator.case(number)
        assert case.omraade in OMRAADE_LABELS
        assert set(case.kommuner) <= set(KOMMUNER) and case.kommuner
        assert all(case.sections[key].strip() for key in REQUIRED_SECTIONS)
        assert len(case.summary) <= 300


def test_the_same_seed_gives_the_same_corpus():
    first = [CaseGenerator(KOMMUNER, seed=7).case(n).title for n in range(20)]
    second = [CaseGenerator(KOMMUNER, seed=7).case(n).title for n in range(20)]
    assert first == second


def test_omraader_follow_their_weights():
    generator = CaseGenerator(KOMMUNER, seed=7)
    counts = Counter(generator.case(n).omraade for n in range(2000))
    # Schools and daycare are the bulk, as in real collections.
    assert counts["skole"] + counts["dagtilbud"] > 0.5 * 2000
    assert set(counts) == set(OMRAADE_WEIGHTS)
