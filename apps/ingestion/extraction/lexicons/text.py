"""Dates and document structure: month names, headings that close a release's body.

Patterns of the trade only: nothing here names a particular company or product.
"""

# Month names in lower case: capitalised, they open datelines and are never names or parties.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


# Headings that open sections whose names are not facts (About, forward-looking, contacts).
END_OF_BODY_HEADINGS = (
    r"about\b|forward[- ]looking|cautionary|safe harbou?r|contacts?\b|media contacts?"
    r"|investor (?:and media )?contacts?|investor relations|for more information"
    r"|for further information"
    r"|notes? to editors?|references\b|advisors\b|advisers\b|-?\s*ends\s*-?$|source\b"
    r"|view original content|disclaimer|important information|by order of the board"
    r"|as at the date of this announcement|legal notice|media inquiries|media enquiries"
)

# Words whose "." never ends a sentence: titles, company and place abbreviations, Latin, and
# register numbers ("Reg. No. 123"), amounts and references ("$90 mil.", "ca. 40", "incl.
# VAT", "Fig. 2"). Single capitals are initials and need no entry. An abbreviation at a
# sentence's end then joins it to the next: rarer than one inside a sentence.
ABBREVIATION_WORDS = """
    Mr. Mrs. Ms. Messrs. Dr. Prof. Gen. Gov. Sen. Rep. Rev. Adm. St. Mt. Jr. Sr. Hon.
    Inc. Co. co. Corp. Ltd. Pte. Pty. Pvt. Sdn. Bhd. Ltda. Bros.
    No. no. Nos. nos. Reg. Ref. approx. Approx. vs. cf. al.
    mil. Mil. ca. incl. excl. esp. appr. viz. resp.
    Fig. Figs. fig. figs. Vol. vol. Dept. Univ. Intl. Ave. Blvd. Ste.
    e.g. E.g. E.G. i.e. I.e. I.E. a.m. p.m. Ph.D. v.s. etc.
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass.
    Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. Okla. Ore. Pa. Penn. Tenn. Va. Wash. Wis. Tel.
    S.p.A. S.p.A S.r.l. S.r.l S.A.S. S.L. S.L.U. B.V. N.V. K.K. L.L.C. S.A.
    s.r.o. a.s. S.R.O.
"""
ABBREVIATIONS = frozenset(
    ABBREVIATION_WORDS.split() + [f"{letter}." for letter in "abcdefghijklmnopqrstuvwxyz"]
)
