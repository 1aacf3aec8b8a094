//! Other directories' words (taxonomy terms, thématiques) mapped to our vocabularies.
//!
//! Our own codes are recognised first (`ecoute`, `sante-sexuelle`…, or their French labels);
//! then keywords in French and English, on the folded term. A term matching nothing is reported
//! by the importers as unmapped: the record is still imported.

use maillage::{Audience, Category};

/// What a term says about a service.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TermMapping {
    /// Categories it designates.
    pub categories: Vec<Category>,
    /// Audiences it designates.
    pub audiences: Vec<Audience>,
}

impl TermMapping {
    /// True when the term said nothing we understand.
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty() && self.audiences.is_empty()
    }
}

/// Keywords per category, folded: whole words (a plural `s` allowed), or word starts when they
/// end with `*`. A category more specific than another one matched by the same term hides it
/// (see `BLOCKS`).
const CATEGORY_WORDS: &[(Category, &[&str])] = &[
    (
        Category::Auteurs,
        &["auteur", "perpetrator", "batterer", "abuser", "cpca"],
    ),
    (
        Category::SanteSexuelle,
        &[
            "sante sexuelle",
            "sexual health",
            "contracept*",
            "ivg",
            "abortion",
            "planning familial",
            "family planning",
            "sexual and reproductive",
        ],
    ),
    (
        Category::Protection,
        &[
            "ordonnance de protection",
            "protection order",
            "protective order",
            "restraining order",
            "telephone grave danger",
            "bracelet anti rapprochement",
        ],
    ),
    (
        Category::Urgence,
        &["urgence", "emergenc*", "crisis", "crise", "secours"],
    ),
    (
        Category::Hebergement,
        &[
            "hebergement",
            "shelter",
            "housing",
            "logement",
            "mise a l abri",
            "mise en securite",
            "refuge",
        ],
    ),
    (
        Category::Plainte,
        &[
            "plainte",
            "police",
            "gendarmerie",
            "signalement",
            "law enforcement",
        ],
    ),
    (
        Category::Juridique,
        &[
            "juridique",
            "legal",
            "droit",
            "rights",
            "avocat",
            "lawyer",
            "justice",
            "judiciaire",
        ],
    ),
    (
        Category::Psy,
        &["psy*", "mental", "therap*", "counsel*", "trauma*"],
    ),
    (
        Category::Enfants,
        &[
            "enfan*",
            "child*",
            "parentalite",
            "parenting",
            "protection de l enfance",
        ],
    ),
    (
        Category::Soins,
        &[
            "soin",
            "sante",
            "health",
            "medical",
            "medecin",
            "hopital",
            "hospital*",
            "medico*",
        ],
    ),
    (
        Category::Social,
        &[
            "social*",
            "financ*",
            "budget",
            "allocation",
            "benefit",
            "alimentation",
            "food",
            "administrati*",
        ],
    ),
    (
        Category::Ecoute,
        &[
            "ecoute",
            "listening",
            "hotline",
            "helpline",
            "orientation",
            "aide aux victimes",
            "victim*",
            "domestic violence",
            "violences conjugales",
            "violences intrafamiliales",
        ],
    ),
];

/// Pairs (specific, generic): when a term matches the specific one, the generic one is dropped.
const BLOCKS: &[(Category, Category)] = &[
    (Category::SanteSexuelle, Category::Soins),
    (Category::Protection, Category::Juridique),
    (Category::Enfants, Category::Protection),
    (Category::Psy, Category::Soins),
];

const AUDIENCE_WORDS: &[(Audience, &[&str])] = &[
    (Audience::Femmes, &["femme", "women", "woman"]),
    (Audience::Hommes, &["homme", "men", "man"]),
    (
        Audience::Jeunes,
        &["jeune", "youth", "young", "adolescent", "teen*"],
    ),
    (Audience::Enfants, &["enfan*", "child*", "minor*", "mineur"]),
    (
        Audience::Lgbt,
        &[
            "lgbt*",
            "lesbian",
            "gay",
            "bisexual",
            "transgender",
            "queer",
        ],
    ),
    (
        Audience::Proches,
        &["proche", "relative", "family member", "entourage"],
    ),
    (
        Audience::Professionnels,
        &["professionnel*", "professional*"],
    ),
];

fn has_word(text: &str, word: &str) -> bool {
    // At a word start; the whole word (a plural `s` allowed), or any word start with `*`.
    let (stem, prefix) = match word.strip_suffix('*') {
        Some(s) => (s, true),
        None => (word, false),
    };
    text.match_indices(stem).any(|(i, _)| {
        let starts = i == 0 || text.as_bytes().get(i - 1) == Some(&b' ');
        let rest = &text[i + stem.len()..];
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        starts && (prefix || rest.is_empty() || rest.starts_with(' '))
    })
}

/// Our categories and audiences for a term of another directory (a name or a code).
///
/// ```
/// use maillage::{Audience, Category};
/// use maillage_interop::category_for_term;
/// assert_eq!(category_for_term("sante-sexuelle").categories, vec![Category::SanteSexuelle]);
/// assert_eq!(category_for_term("Domestic Violence Shelters").categories, vec![Category::Hebergement, Category::Ecoute]);
/// assert_eq!(category_for_term("Sexual Health").categories, vec![Category::SanteSexuelle]);
/// assert_eq!(category_for_term("Women").audiences, vec![Audience::Femmes]);
/// assert!(category_for_term("Tax preparation").is_empty());
/// ```
pub fn category_for_term(term: &str) -> TermMapping {
    let folded = maillage::fold(term);
    let mut out = TermMapping::default();
    // Our own codes and labels.
    if let Some(c) = Category::ALL
        .iter()
        .copied()
        .find(|c| maillage::fold(c.as_str()) == folded || maillage::fold(c.label_fr()) == folded)
    {
        out.categories.push(c);
        return out;
    }
    if let Some(a) = Audience::ALL
        .iter()
        .copied()
        .find(|a| maillage::fold(a.as_str()) == folded || maillage::fold(a.label_fr()) == folded)
    {
        out.audiences.push(a);
        return out;
    }
    for (c, words) in CATEGORY_WORDS {
        if words.iter().any(|w| has_word(&folded, w)) {
            out.categories.push(*c);
        }
    }
    for (specific, generic) in BLOCKS {
        if out.categories.contains(specific) {
            out.categories.retain(|c| c != generic);
        }
    }
    if out.categories.is_empty() {
        for (a, words) in AUDIENCE_WORDS {
            if words.iter().any(|w| has_word(&folded, w)) {
                out.audiences.push(*a);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords() {
        assert_eq!(
            category_for_term("Aide aux victimes").categories,
            vec![Category::Ecoute]
        );
        assert_eq!(
            category_for_term("Ordonnance de protection").categories,
            vec![Category::Protection]
        );
        assert_eq!(
            category_for_term("Batterer intervention").categories,
            vec![Category::Auteurs]
        );
        assert_eq!(
            category_for_term("Mental Health Care").categories,
            vec![Category::Psy]
        );
        assert_eq!(
            category_for_term("LGBTQ+ youth").audiences,
            vec![Audience::Jeunes, Audience::Lgbt]
        );
        assert!(category_for_term("Menuiserie").is_empty());
    }
}
