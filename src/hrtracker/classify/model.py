"""The label model: TF-IDF word + char n-grams and lead-verb features, linear heads, tuned thresholds.

Issues: one linear SVM per UPR Info issue over word 1-2-grams and char 2-5-grams, each with its own
threshold (tuned on validation States) and at least one issue per text. Action category: a 5-way
linear SVM over the same features plus the first verb and its interactions with the next words
(the McMahon scale is driven by the leading verb). Texts seen verbatim in training get their human
labels back (exact-match memory). ICCPR articles: explicit mentions and subject keywords
(``extract.articles.articles_for``) win; else the articles of the predicted issues (``issue_articles``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from ..models import Label
from .issue_articles import ISSUE_ARTICLES
from .lexicon_ru import action_ru, is_russian, issues_ru

_WORD = re.compile(r"[a-z']+")
_STOP = frozenset(
    "a an the of to and in its for on with by as at all be that this their it from or into any".split()
)
_ADVERBS = frozenset(
    "further fully effectively also to urgently immediately swiftly promptly continue duly "
    "expeditiously".split()
)


def lead_tokens(text: str, k: int = 10) -> str:
    """Tokens for the leading verb: its position-tagged first words and verb x next-word interactions."""
    w = _WORD.findall(text.lower())[:40]
    if not w:
        return "v_"
    toks = [f"p{i}_{x}" for i, x in enumerate(w[:4])]
    toks.append("f2_" + "_".join(w[:2]))
    toks.append("f3_" + "_".join(w[:3]))
    v = w[0] + "_" + w[1] if w[0] in _ADVERBS and len(w) > 1 else w[0]
    toks.append(f"v_{v}")
    content = [x for x in w[1 : k + 1] if x not in _STOP]
    toks += [f"vx_{v}_{x}" for x in content]
    toks += [f"vxp_{v}_{x}_{i}" for i, x in enumerate(content[:3])]
    toks.append(f"len_{min(len(w) // 10, 6)}")
    return " ".join(toks)


def norm_key(text: str) -> int:
    """64-bit key of a text after lower-casing and collapsing non-word characters (exact-match memory)."""
    s = " ".join(_WORD.findall(text.lower()))
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") >> 1


def make_vectorizers() -> dict[str, TfidfVectorizer]:
    """Fresh, unfitted vectorizers: word 1-2-grams, char 2-5-grams, lead-verb tokens."""
    return {
        "word": TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_df=0.5, dtype=np.float32
        ),
        "char": TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=3, dtype=np.float32
        ),
        "lead": TfidfVectorizer(
            token_pattern=r"\S+", sublinear_tf=True, min_df=2, lowercase=False, dtype=np.float32
        ),
    }


class Featurizer:
    """Fits and applies the vectorizers; gives the issue and action feature matrices."""

    def __init__(self, vectorizers: dict[str, TfidfVectorizer] | None = None) -> None:
        self.vec = vectorizers or make_vectorizers()

    def fit(self, texts: list[str]) -> Featurizer:
        self.vec["word"].fit(texts)
        self.vec["char"].fit(texts)
        self.vec["lead"].fit([lead_tokens(t) for t in texts])
        for v in self.vec.values():  # drop the (large) record of pruned terms
            if hasattr(v, "stop_words_"):
                del v.stop_words_
        return self

    def transform(self, texts: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """(issue features, action features)."""
        w = self.vec["word"].transform(texts)
        c = self.vec["char"].transform(texts)
        ld = self.vec["lead"].transform([lead_tokens(t) for t in texts])
        return sp.hstack([w, c], format="csr"), sp.hstack([w, c, ld], format="csr")


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p.astype(np.float32), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def blend_scores(
    margins: np.ndarray, action_margins: np.ndarray, probs: np.ndarray, action_probs: np.ndarray, blend: dict
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted sum of the fine-tune's logits and the scaled linear margins, minus one threshold.

    Issues: ``w * logit(p) + (1 - w) * c * margin - g`` (positive above 0); action:
    ``log p + b * margin``. ``blend`` holds c, w, g, b (``train.tune_blend``)."""
    w, c = float(blend["w"]), float(blend["c"])
    si = w * _logit(probs) + (1 - w) * c * margins - float(blend["g"])
    sa = np.log(np.clip(action_probs.astype(np.float32), 1e-6, 1.0)) + float(blend["b"]) * action_margins
    return si.astype(np.float32), sa.astype(np.float32)


@dataclass
class Prediction:
    """Labels predicted for one text, each with a confidence in [0, 1]."""

    issues: list[tuple[str, float]]
    action: tuple[int, float]
    articles: list[tuple[int, float]] = field(default_factory=list)

    def labels(self, origin: str = "model") -> list[Label]:
        """The prediction as ``Label`` objects (schemes issue, action, article)."""
        out = [Label(scheme="issue", value=n, confidence=round(c, 4), origin=origin) for n, c in self.issues]
        out.append(
            Label(
                scheme="action", value=str(self.action[0]), confidence=round(self.action[1], 4), origin=origin
            )
        )
        out += [
            Label(scheme="article", value=str(a), confidence=round(c, 4), origin=origin)
            for a, c in self.articles
        ]
        return out


class LabelModel:
    """Issue, action and article classifier; build with ``train.fit_model`` or ``load_model``."""

    def __init__(
        self,
        featurizer: Featurizer,
        classes: list[str],
        issue_coef: np.ndarray,
        issue_bias: np.ndarray,
        thresholds: np.ndarray,
        action_coef: np.ndarray,
        action_bias: np.ndarray,
        memory_keys: np.ndarray | None = None,
        memory_issues: list[tuple[int, ...]] | None = None,
        memory_action: np.ndarray | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.featurizer = featurizer
        self.classes = list(classes)
        self.issue_coef = issue_coef  # (n_labels, n_features), float16/32
        self.issue_bias = issue_bias.astype(np.float32)
        self.thresholds = thresholds.astype(np.float32)
        self.action_coef = action_coef
        self.action_bias = action_bias.astype(np.float32)
        self.memory: dict[int, int] = {}
        self.memory_issues = memory_issues or []
        self.memory_action = memory_action if memory_action is not None else np.zeros(0, dtype=np.int8)
        if memory_keys is not None:
            self.memory = {int(k): i for i, k in enumerate(memory_keys)}
        self.meta = meta or {}
        self._art_of = [ISSUE_ARTICLES.get(c, ()) for c in self.classes]
        self.finetuned: Any = None  # finetune.FineTuned, blended in when set with ``blend``
        self.blend: dict[str, float] | None = None

    def attach(self, finetuned: Any, blend: dict[str, float]) -> LabelModel:
        """Blend a fine-tuned network's probabilities into the scores (``train.tune_blend`` gives ``blend``)."""
        self.finetuned, self.blend = finetuned, dict(blend)
        return self

    # -- raw scores -------------------------------------------------------------------------------------
    def scores(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(issue margins minus thresholds, action margins) for a batch; memory not applied.

        With a fine-tune attached: (blended issue scores, positive above 0; action log-scores)."""
        si, sa = self.linear_scores(texts)
        if self.finetuned is None or self.blend is None:
            return si - self.thresholds, sa
        # the fine-tune is the slow part: skip texts whose labels come from elsewhere (Russian: the
        # lexicon; verbatim training texts: the memory), which keep a neutral 0.5 from it
        pi = np.full(si.shape, 0.5, dtype=np.float32)
        pa = np.full(sa.shape, 0.2, dtype=np.float32)
        run = [i for i, t in enumerate(texts) if not is_russian(t) and norm_key(t) not in self.memory]
        if run:
            pi[run], pa[run] = self.finetuned.predict([texts[i] for i in run])
        return blend_scores(si, sa, pi, pa, self.blend)

    def linear_scores(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Raw margins of the linear heads: (issues, no thresholds applied; action)."""
        xi, xa = self.featurizer.transform(texts)
        si = np.asarray(xi @ self.issue_coef.T.astype(np.float32)) + self.issue_bias
        sa = np.asarray(xa @ self.action_coef.T.astype(np.float32)) + self.action_bias
        return si, sa

    def predict_arrays(
        self, texts: list[str], use_memory: bool = True
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(issue 0/1 matrix, issue confidences, action 1-5, action confidence) for a batch."""
        si, sa = self.scores(texts)
        k = 1.0 if self.finetuned is not None and self.blend is not None else 3.0  # blended scores are logits
        conf = _sigmoid(k * si)
        pos = si > 0
        pos[np.arange(len(si)), si.argmax(1)] = True
        e = np.exp(k * (sa - sa.max(1, keepdims=True)))
        aprob = e / e.sum(1, keepdims=True)
        action = aprob.argmax(1) + 1
        aconf = aprob.max(1)
        if use_memory and self.memory:
            for i, t in enumerate(texts):
                j = self.memory.get(norm_key(t))
                if j is None:
                    continue
                known = list(self.memory_issues[j])
                pos[i] = False
                pos[i, known] = True
                conf[i, known] = np.maximum(conf[i, known], 0.95)
                action[i] = int(self.memory_action[j])
                aconf[i] = max(float(aprob[i, action[i] - 1]), 0.95)
        return pos, conf, action, aconf

    def predict(
        self, texts: list[str], sections: list[str] | None = None, batch: int = 4096
    ) -> list[Prediction]:
        """Labels for each text; ``sections`` (headings above the texts) help the article rules."""
        out: list[Prediction] = []
        for b in range(0, len(texts), batch):
            chunk = [t or "" for t in texts[b : b + batch]]
            secs = sections[b : b + batch] if sections is not None else [""] * len(chunk)
            pos, conf, action, aconf = self.predict_arrays(chunk)
            for i, text in enumerate(chunk):
                if is_russian(text):  # the model knows English only: Russian goes by the written lexicon
                    issues = [(n, c) for n, c in issues_ru(text) if n in self.classes]
                    act = action_ru(text)
                else:
                    issues = sorted(
                        ((self.classes[j], float(conf[i, j])) for j in np.flatnonzero(pos[i])),
                        key=lambda x: -x[1],
                    )
                    act = (int(action[i]), float(aconf[i]))
                out.append(Prediction(issues=issues, action=act, articles=self._articles(text, secs[i] or "", issues)))
        return out

    def _articles(self, text: str, section: str, issues: list[tuple[str, float]]) -> list[tuple[int, float]]:
        from ..extract.articles import articles_for, explicit_articles

        ruled = articles_for(text, section)
        if ruled:
            explicit = set(explicit_articles(text)) | set(explicit_articles(section, heading=True))
            return [(a, 1.0 if a in explicit else 0.9) for a in ruled]
        found: dict[int, float] = {}
        for name, c in issues:
            for a in ISSUE_ARTICLES.get(name, ()):
                found[a] = max(found.get(a, 0.0), c)
        return sorted(found.items())
