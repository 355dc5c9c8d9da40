"""Elections, their rounds and the counts published for each round."""

from __future__ import annotations

import attrs

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import Alternative, Record, check_nonempty, check_range, check_text
from chibo.model.enums import CountStage, RoundKind

__all__ = ["Count", "Election", "Result", "Round"]


@attrs.frozen(kw_only=True)
class Result:
    """One candidate's result in one count. ``share`` is a percentage of valid votes (0-100).

    ``votes`` is a number of votes; ``party`` an organization id.

    Examples:
        >>> import chibo
        >>> result = chibo.election("BO", 2025).round(2).official.result_for("rodrigo-paz")
        >>> result.votes, result.share
        (3519534, 54.96)
    """

    candidate: str
    party: str | None = None
    votes: int | None = attrs.field(default=None, validator=check_range(0, 10**10))
    share: float | None = attrs.field(default=None, validator=check_range(0, 100))
    sources: tuple[str, ...] = ()
    """Where this result's figures come from when not the count's own source."""
    alternatives: tuple[Alternative, ...] = ()


@attrs.frozen(kw_only=True)
class Count:
    """A published count of a round: preliminary (quick count) or official.

    ``coverage`` and ``turnout`` are percentages (0-100), the other figures numbers of
    votes or voters; ``reported`` is when the source published it.

    Examples:
        >>> import chibo
        >>> count = chibo.election("BO", 2025).round(2).official
        >>> count.stage.value, count.leader
        ('official', 'rodrigo-paz')
    """

    stage: CountStage
    source: str
    reported: PartialDate | None = None
    coverage: float | None = attrs.field(default=None, validator=check_range(0, 100))
    registered: int | None = attrs.field(default=None, validator=check_range(0, 10**10))
    turnout: float | None = attrs.field(default=None, validator=check_range(0, 100))
    valid: int | None = attrs.field(default=None, validator=check_range(0, 10**10))
    blank: int | None = attrs.field(default=None, validator=check_range(0, 10**10))
    null_votes: int | None = attrs.field(default=None, validator=check_range(0, 10**10))
    results: tuple[Result, ...] = attrs.field(validator=check_nonempty)
    complete: bool = True
    """False when ``results`` omits minor candidates no source read gives (the shares then sum below 100)."""
    note: str | None = None
    alternatives: tuple[Alternative, ...] = ()

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for result in self.results:
            if result.candidate in seen:
                raise FieldError("results", f"candidate {result.candidate!r} listed twice")
            seen.add(result.candidate)

    @property
    def leader(self) -> str | None:
        """Candidate id with the most votes (or the largest share when votes are missing).

        Returns:
            The candidate id, or None on a tie or without figures.

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).round(1).official.leader
            'rodrigo-paz'
        """

        def key(result: Result) -> float:
            if result.votes is not None:
                return float(result.votes)
            return result.share if result.share is not None else -1.0

        ranked = sorted(self.results, key=key, reverse=True)
        if len(ranked) > 1 and key(ranked[0]) == key(ranked[1]):
            return None
        return ranked[0].candidate if key(ranked[0]) >= 0 else None

    def result_for(self, candidate: str) -> Result | None:
        """One candidate's result in this count.

        Args:
            candidate: a person id.

        Returns:
            The result, or None when the candidate is not in this count.

        Examples:
            >>> import chibo
            >>> count = chibo.election("BO", 2025).round(2).official
            >>> count.result_for("rodrigo-paz").share, count.result_for("nobody")
            (54.96, None)
        """
        return next((r for r in self.results if r.candidate == candidate), None)


@attrs.frozen(kw_only=True)
class Round:
    """A round of voting and the counts published for it.

    Examples:
        >>> import chibo
        >>> runoff = chibo.election("BO", 2025).round(2)
        >>> runoff.number, str(runoff.date), runoff.decided
        (2, '2025-10-19', True)
    """

    number: int = attrs.field(validator=check_range(1, 9))
    date: PartialDate
    counts: tuple[Count, ...] = attrs.field(validator=check_nonempty)
    kind: RoundKind = RoundKind.POPULAR
    """``popular`` (the voters) or ``congress`` (congress choosing among the leaders)."""
    decided: bool = False
    """Whether this round decided the office: a majority (or the threshold the constitution
    sets), a run-off, or a congressional vote. Recorded in the data, with the election's sources."""
    advanced: tuple[str, ...] = ()
    """Candidate ids who went on to the next round (a run-off or congress's choice)."""
    note: str | None = None

    @property
    def official(self) -> Count | None:
        """The official count, or None when only preliminary counts are recorded.

        Returns:
            The count whose stage is ``official``, or None.

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).round(2).official.stage.value
            'official'
        """
        return next((c for c in self.counts if c.stage is CountStage.OFFICIAL), None)

    def reference_count(self, candidate: str | None = None) -> Count | None:
        """The count chibo answers from: the official count, else the latest preliminary one.

        Args:
            candidate: a person id; when given, only the counts that list this candidate
                are considered.

        Returns:
            The official count (the latest reported, should the data hold several reports of
            it), else the preliminary count reported last; among counts reported the same day,
            the one with the most tally sheets counted (``coverage``), then the one recorded
            last. None when no count qualifies.

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).round(2).reference_count().stage.value
            'official'
            >>> chibo.election("BO", 2025).round(2).reference_count("evo-morales") is None
            True
        """
        counts = [
            (i, c)
            for i, c in enumerate(self.counts)
            if candidate is None or any(r.candidate == candidate for r in c.results)
        ]
        if not counts:
            return None
        # official first; then the latest report; on one day the furthest advanced, then the last recorded
        best = max(
            counts,
            key=lambda ic: (
                ic[1].stage is CountStage.OFFICIAL,
                str(ic[1].reported or ""),
                ic[1].coverage or 0.0,
                ic[0],
            ),
        )
        return best[1]

    @property
    def preliminary(self) -> tuple[Count, ...]:
        """The preliminary counts (quick counts), in the order recorded.

        Returns:
            The counts whose stage is ``preliminary`` (maybe none).

        Examples:
            >>> import chibo
            >>> all(c.stage.value == "preliminary" for c in chibo.election("BO", 2025).round(2).preliminary)
            True
        """
        return tuple(c for c in self.counts if c.stage is CountStage.PRELIMINARY)

    @property
    def leader(self) -> str | None:
        """Candidate id with the most votes in the official count (None without one, or on a tie).

        Returns:
            The candidate id, or None.

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).round(1).leader
            'rodrigo-paz'
        """
        official = self.official
        return official.leader if official is not None else None

    @property
    def winner(self) -> str | None:
        """Candidate id this round elected: its official leader where the round ``decided`` the office.

        None for a round that did not decide (a first round that led to a run-off, or to a
        vote in congress): use :attr:`leader` and :attr:`advanced` there. Changed in 0.3.0:
        it used to name the leader of any round.

        Returns:
            The candidate id, or None.

        Examples:
            >>> import chibo
            >>> bolivia = chibo.election("BO", 2025)
            >>> bolivia.round(1).winner, bolivia.round(2).winner
            (None, 'rodrigo-paz')
        """
        return self.leader if self.decided else None


@attrs.frozen(kw_only=True)
class Election(Record):
    """An election in one country, with its rounds.

    ``country`` is an ISO alpha-2 code; rounds are numbered from 1 in date order.

    Examples:
        >>> import chibo
        >>> election = chibo.election("BO", 2025)
        >>> election.id, len(election.rounds), election.winner
        ('bo-2025-general', 2, 'rodrigo-paz')
    """

    country: str
    kind: str = attrs.field(validator=check_text)
    title: str = attrs.field(validator=check_text)
    rounds: tuple[Round, ...] = attrs.field(validator=check_nonempty)
    annulled_on: PartialDate | None = None
    """The day the election was annulled (Bolivia 2019), None if it stands; the note says why."""

    def __attrs_post_init__(self) -> None:
        numbers = [r.number for r in self.rounds]
        if numbers != list(range(1, len(numbers) + 1)):
            raise FieldError("rounds", f"rounds must be numbered 1, 2, ... in order, got {numbers}")
        for earlier, later in zip(self.rounds, self.rounds[1:], strict=False):
            if later.date < earlier.date:
                raise FieldError("rounds", f"round {later.number} dated before round {earlier.number}")
        for round_ in self.rounds:
            if round_.decided and self.annulled_on is not None:
                raise FieldError("rounds", f"round {round_.number} of an annulled election cannot have decided")
            if round_.decided and round_.number != len(self.rounds):
                raise FieldError("rounds", f"round {round_.number} decided the office, but a later round follows")
            ran = {r.candidate for c in round_.counts for r in c.results}
            stray = sorted(set(round_.advanced) - ran)
            if stray:
                raise FieldError("rounds", f"round {round_.number} advanced {stray}, who did not run in it")

    @property
    def annulled(self) -> bool:
        """Whether the election was annulled (see :attr:`annulled_on`).

        Returns:
            True when ``annulled_on`` is set.

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).annulled
            False
        """
        return self.annulled_on is not None

    @property
    def winner(self) -> str | None:
        """The candidate id the election elected: the winner of its deciding round, if any.

        Returns:
            The candidate id, or None (annulled, or no round decided).

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).winner
            'rodrigo-paz'
        """
        return next((r.winner for r in self.rounds if r.decided), None)

    @property
    def year(self) -> int:
        """The year of the first round.

        Returns:
            The year, e.g. 2025.

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).year
            2025
        """
        return self.rounds[0].date.year

    @property
    def date(self) -> PartialDate:
        """The date of the first round.

        Returns:
            The first round's date, at its precision.

        Examples:
            >>> import chibo
            >>> str(chibo.election("BO", 2025).date)
            '2025-08-17'
        """
        return self.rounds[0].date

    @property
    def names(self) -> tuple[str, ...]:
        """The election's title, the one name search finds it by.

        Returns:
            ``(title,)``.

        Examples:
            >>> import chibo
            >>> chibo.election("BO", 2025).names[0].startswith("Bolivian general election 2025")
            True
        """
        return (self.title,)

    def round(self, number: int) -> Round:
        """The round numbered ``number`` (1-based).

        Raises :class:`~chibo.NotFound` (kind ``round``) when the election has no such
        round, and :class:`~chibo.InvalidQuery` when ``number`` is not a whole number.

        Args:
            number: the round's number, from 1.

        Returns:
            The round.

        Raises:
            NotFound: no such round.
            InvalidQuery: ``number`` is not an int.

        Examples:
            >>> import chibo
            >>> str(chibo.election("BO", 2025).round(2).date)
            '2025-10-19'
        """
        from chibo.errors import InvalidQuery, NotFound

        if isinstance(number, bool) or not isinstance(number, int):
            raise InvalidQuery(f"round number must be a whole number, got {number!r}")
        for r in self.rounds:
            if r.number == number:
                return r
        raise NotFound(f"{self.id} round {number}", kind="round", message=f"{self.id} has no round {number}")
