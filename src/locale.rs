//! Citizen-facing text: one Project Fluent bundle per language folder under `locales/`.
//!
//! A language is whatever folder exists: adding `locales/ta/` adds Tamil with no Rust change.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// A language code as named by its `locales/` folder (`te`, `hi`, `en`, ...).
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Lang(pub String);

impl Lang {
    pub fn new(code: &str) -> Self {
        Lang(code.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One `.ftl` file as read from disk, kept for `mitra check` diagnostics.
pub struct LocaleFile {
    pub path: PathBuf,
    pub resource: FluentResource,
}

impl LocaleFile {
    /// 1-based line of a byte offset into this file.
    pub fn line_of(&self, offset: usize) -> usize {
        let src = self.resource.source();
        src[..offset.min(src.len())]
            .bytes()
            .filter(|&b| b == b'\n')
            .count()
            + 1
    }

    /// Byte offset of a slice borrowed from this file's source (the AST borrows from it).
    pub fn offset_of(&self, slice: &str) -> usize {
        let base = self.resource.source().as_ptr() as usize;
        (slice.as_ptr() as usize).saturating_sub(base)
    }
}

/// Where a message or attribute was defined, for diagnostics.
#[derive(Clone, Debug)]
pub struct Origin {
    pub path: PathBuf,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path.display(), self.line)
    }
}

/// Everything known about one language: its bundle and an index of its entries.
pub struct Locale {
    pub lang: Lang,
    pub dir: PathBuf,
    bundle: FluentBundle<FluentResource>,
    /// `id` or `id.attr` → (where it was defined, the variables it uses).
    pub entries: BTreeMap<String, (Origin, Vec<String>)>,
    /// Problems found while loading (parse errors, duplicates), as `file:line: message`.
    pub problems: Vec<String>,
}

pub struct Locales {
    locales: BTreeMap<Lang, Locale>,
    /// The order languages are offered in.
    order: Vec<Lang>,
    default: Lang,
}

/// `locales/languages.toml`: the order languages are offered in, and the fallback language.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    #[serde(default)]
    order: Vec<String>,
    #[serde(default)]
    fallback: Option<String>,
}

/// Arguments for a message: `&[("name", "value")]`.
pub type Args<'a> = &'a [(&'a str, &'a str)];

impl Locales {
    /// Loads every sub-folder of `dir` as a language. Parse problems are recorded per locale
    /// (see `problems`) rather than failing, so `mitra check` can report all of them at once.
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        let mut locales = BTreeMap::new();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| anyhow::anyhow!("cannot read locales folder {}: {e}", dir.display()))?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for lang_dir in dirs {
            let code = lang_dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let locale = Locale::load(Lang(code.clone()), &lang_dir)?;
            locales.insert(Lang(code), locale);
        }
        if locales.is_empty() {
            anyhow::bail!("no language folders in {}", dir.display());
        }
        let settings_path = dir.join("languages.toml");
        let settings: LanguagesFile = match std::fs::read_to_string(&settings_path) {
            Ok(text) => toml::from_str(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", settings_path.display()))?,
            Err(_) => LanguagesFile::default(),
        };
        // Listed languages first, in the listed order; other folders after, alphabetically.
        let mut order: Vec<Lang> = settings
            .order
            .iter()
            .map(|c| Lang::new(c))
            .filter(|l| locales.contains_key(l))
            .collect();
        for lang in locales.keys() {
            if !order.contains(lang) {
                order.push(lang.clone());
            }
        }
        let default = match settings.fallback.map(|c| Lang::new(&c)) {
            Some(l) if locales.contains_key(&l) => l,
            _ if locales.contains_key(&Lang::new("en")) => Lang::new("en"),
            _ => order[0].clone(),
        };
        Ok(Locales {
            locales,
            order,
            default,
        })
    }

    /// Languages in the order they are offered.
    pub fn langs(&self) -> impl Iterator<Item = &Lang> {
        self.order.iter()
    }

    pub fn get(&self, lang: &Lang) -> Option<&Locale> {
        self.locales.get(lang)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Locale> {
        self.locales.values()
    }

    pub fn has(&self, lang: &Lang) -> bool {
        self.locales.contains_key(lang)
    }

    pub fn default_lang(&self) -> &Lang {
        &self.default
    }

    fn locale_or_default(&self, lang: &Lang) -> &Locale {
        self.locales
            .get(lang)
            .unwrap_or_else(|| &self.locales[&self.default])
    }

    /// The text of message `id` in `lang`, falling back to the default language, then to the id
    /// itself (never panics: a missing message is a data bug that `mitra check` reports).
    pub fn text(&self, lang: &Lang, id: &str, args: Args) -> String {
        self.format(lang, id, None, args)
    }

    /// The text of attribute `attr` of message `id`.
    pub fn attr(&self, lang: &Lang, id: &str, attr: &str, args: Args) -> String {
        self.format(lang, id, Some(attr), args)
    }

    /// Like `attr`, but `None` when the attribute does not exist in that language.
    pub fn try_attr(&self, lang: &Lang, id: &str, attr: &str) -> Option<String> {
        let locale = self.locales.get(lang)?;
        locale.format(id, Some(attr), &[])
    }

    fn format(&self, lang: &Lang, id: &str, attr: Option<&str>, args: Args) -> String {
        if let Some(text) = self.locale_or_default(lang).format(id, attr, args) {
            return text;
        }
        if let Some(text) = self.locales[&self.default].format(id, attr, args) {
            tracing::warn!(lang = %lang, id, ?attr, "message missing; used the default language");
            return text;
        }
        tracing::error!(lang = %lang, id, ?attr, "message missing in every language");
        match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        }
    }
}

impl Locale {
    fn load(lang: Lang, dir: &Path) -> anyhow::Result<Self> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let langid = lang
            .as_str()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Unicode isolation marks render as visible boxes on some phones.
        bundle.set_use_isolating(false);
        let mut entries = BTreeMap::new();
        let mut problems = Vec::new();
        for path in files {
            let source = std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            let resource = match FluentResource::try_new(source) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let file = LocaleFile {
                        path: path.clone(),
                        resource: r,
                    };
                    for e in errors {
                        problems.push(format!(
                            "{}:{}: Fluent syntax error: {:?}",
                            path.display(),
                            file.line_of(e.pos.start),
                            e.kind
                        ));
                    }
                    file.resource
                }
            };
            let file = LocaleFile {
                path: path.clone(),
                resource,
            };
            index_entries(&file, &mut entries, &mut problems);
            if let Err(errors) = bundle.add_resource(file.resource) {
                for e in errors {
                    // Overrides are already reported by index_entries with line numbers.
                    if !matches!(e, fluent_bundle::FluentError::Overriding { .. }) {
                        problems.push(format!("{}: {e}", path.display()));
                    }
                }
            }
        }
        Ok(Locale {
            lang,
            dir: dir.to_path_buf(),
            bundle,
            entries,
            problems,
        })
    }

    pub fn has(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// The text of `id` or `id.attr` in this language alone, with no arguments (for checks).
    pub fn render(&self, key: &str) -> Option<String> {
        match key.split_once('.') {
            Some((id, attr)) => self.format_quietly(id, Some(attr), &[]).map(|(t, _)| t),
            None => self.format_quietly(key, None, &[]).map(|(t, _)| t),
        }
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Args) -> Option<String> {
        let (text, errors) = self.format_quietly(id, attr, args)?;
        if !errors.is_empty() {
            tracing::warn!(lang = %self.lang, id, ?attr, ?errors, "message formatted with errors");
        }
        Some(text)
    }

    fn format_quietly(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Args,
    ) -> Option<(String, Vec<fluent_bundle::FluentError>)> {
        let msg = self.bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        Some((text.into_owned(), errors))
    }
}

/// Records every message and attribute of a file with its line and variables.
fn index_entries(
    file: &LocaleFile,
    entries: &mut BTreeMap<String, (Origin, Vec<String>)>,
    problems: &mut Vec<String>,
) {
    for entry in file.resource.entries() {
        let ast::Entry::Message(msg) = entry else {
            continue;
        };
        let origin = Origin {
            path: file.path.clone(),
            line: file.line_of(file.offset_of(msg.id.name)),
        };
        let mut add = |key: String, origin: Origin, vars: Vec<String>| {
            if let Some((first, _)) = entries.get(&key) {
                problems.push(format!(
                    "{origin}: `{key}` is defined twice (first at {first})"
                ));
            } else {
                entries.insert(key, (origin, vars));
            }
        };
        if let Some(value) = &msg.value {
            add(
                msg.id.name.to_string(),
                origin.clone(),
                pattern_variables(value),
            );
        }
        for attr in &msg.attributes {
            let origin = Origin {
                path: file.path.clone(),
                line: file.line_of(file.offset_of(attr.id.name)),
            };
            add(
                format!("{}.{}", msg.id.name, attr.id.name),
                origin,
                pattern_variables(&attr.value),
            );
        }
    }
}

/// The `{ $variables }` a pattern uses, sorted and unique.
fn pattern_variables(pattern: &ast::Pattern<&str>) -> Vec<String> {
    let mut vars = Vec::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut vars);
        }
    }
    vars.sort();
    vars.dedup();
    vars
}

fn expression_variables(expr: &ast::Expression<&str>, vars: &mut Vec<String>) {
    match expr {
        ast::Expression::Inline(inline) => inline_variables(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                for element in &v.value.elements {
                    if let ast::PatternElement::Placeable { expression } = element {
                        expression_variables(expression, vars);
                    }
                }
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, vars: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => vars.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, vars);
            }
            for a in &arguments.named {
                inline_variables(&a.value, vars);
            }
        }
        _ => {}
    }
}

/// Message id of a department: `dept-<id>`.
pub fn department_msg(dept: &str) -> String {
    format!("dept-{dept}")
}

/// Message id of a service: `svc-<department>-<service>` (Fluent ids cannot contain '.').
pub fn service_msg(service: &str) -> String {
    format!("svc-{}", service.replacen('.', "-", 1))
}

pub fn slot_msg(slot: &str) -> String {
    format!("slot-{slot}")
}

pub fn option_msg(slot: &str, option: &str) -> String {
    format!("opt-{slot}-{option}")
}

/// Used by `HashMap`-keyed caches of per-language data.
pub type PerLang<T> = HashMap<Lang, T>;
