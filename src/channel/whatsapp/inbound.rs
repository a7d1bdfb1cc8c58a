//! Parsing webhook notifications: every message type and delivery statuses, across several
//! entries and changes per POST. Parsing is lenient about what Meta adds over time and strict
//! about what a reply needs (a message id and someone to answer).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::dialogue::{Input, MediaKind};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboundMessage {
    /// `wamid...`: the dedupe key.
    pub id: String,
    /// The stable key of the conversation: the business-scoped user id when WhatsApp gives one,
    /// else the sender's WhatsApp id.
    pub user_id: String,
    /// The sender's WhatsApp id (phone number); absent for some username users.
    pub from: Option<String>,
    pub profile_name: Option<String>,
    pub timestamp: i64,
    pub content: Content,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Content {
    Text {
        body: String,
    },
    ListReply {
        id: String,
        title: String,
    },
    ButtonReply {
        id: String,
        title: String,
    },
    /// Quick-reply button on a template message.
    TemplateButton {
        payload: String,
        text: String,
    },
    Media {
        kind: String,
        media_id: String,
        mime_type: Option<String>,
        voice: bool,
        caption: Option<String>,
    },
    Location {
        latitude: f64,
        longitude: f64,
        name: Option<String>,
        address: Option<String>,
    },
    /// WhatsApp could not represent it (code 131051), or a type this service does not know.
    Unsupported {
        kind: String,
        code: Option<i64>,
        details: Option<String>,
    },
}

impl Content {
    pub fn kind(&self) -> &str {
        match self {
            Content::Text { .. } => "text",
            Content::ListReply { .. } => "list_reply",
            Content::ButtonReply { .. } => "button_reply",
            Content::TemplateButton { .. } => "button",
            Content::Media { kind, .. } => kind,
            Content::Location { .. } => "location",
            Content::Unsupported { .. } => "unsupported",
        }
    }

    /// What the dialogue sees.
    pub fn to_input(&self) -> Input {
        match self {
            Content::Text { body } => Input::Text(body.clone()),
            Content::ListReply { id, title } | Content::ButtonReply { id, title } => {
                Input::Choice {
                    id: id.clone(),
                    title: title.clone(),
                }
            }
            Content::TemplateButton { payload, text } => Input::Choice {
                id: payload.clone(),
                title: text.clone(),
            },
            Content::Media { kind, caption, .. } => match (kind.as_str(), caption) {
                // A captioned image or document is answered by its caption.
                ("image" | "document" | "video", Some(c)) if !c.trim().is_empty() => {
                    Input::Text(c.clone())
                }
                ("audio", _) => Input::Media(MediaKind::Audio),
                ("image", _) => Input::Media(MediaKind::Image),
                ("video", _) => Input::Media(MediaKind::Video),
                ("sticker", _) => Input::Media(MediaKind::Sticker),
                _ => Input::Media(MediaKind::Document),
            },
            Content::Location { .. } => Input::Location,
            Content::Unsupported { .. } => Input::Unsupported,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DeliveryStatus {
    pub message_id: String,
    pub status: String,
    pub recipient: Option<String>,
    pub timestamp: i64,
    pub errors: Option<Value>,
}

/// Everything one webhook POST carried.
#[derive(Debug, Default)]
pub struct Notification {
    pub messages: Vec<InboundMessage>,
    pub statuses: Vec<DeliveryStatus>,
    /// Parts that could not be used (kept for the operator's log).
    pub skipped: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    #[error("the body is not JSON: {0}")]
    NotJson(#[from] serde_json::Error),
    #[error("the body is not a WhatsApp notification: {0}")]
    NotWhatsApp(String),
}

fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// Unix seconds, sent as a string (sometimes a number).
fn timestamp_of(v: &Value) -> i64 {
    match v.get("timestamp") {
        Some(Value::String(s)) => s.parse().unwrap_or(0),
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0),
        _ => 0,
    }
}

pub fn parse(body: &[u8]) -> Result<Notification, ParseError> {
    let root: Value = serde_json::from_slice(body)?;
    let object = root.get("object").and_then(Value::as_str).unwrap_or("");
    if object != "whatsapp_business_account" {
        return Err(ParseError::NotWhatsApp(format!("object is {object:?}")));
    }
    let entries = root
        .get("entry")
        .and_then(Value::as_array)
        .ok_or_else(|| ParseError::NotWhatsApp("no entry array".into()))?;
    let mut out = Notification::default();
    for entry in entries {
        let Some(changes) = entry.get("changes").and_then(Value::as_array) else {
            out.skipped.push("an entry without changes".into());
            continue;
        };
        for change in changes {
            let field = change.get("field").and_then(Value::as_str).unwrap_or("");
            let Some(value) = change.get("value") else {
                continue;
            };
            if field != "messages" {
                out.skipped.push(format!("a change of field {field:?}"));
                continue;
            }
            parse_value(value, &mut out);
        }
    }
    Ok(out)
}

fn parse_value(value: &Value, out: &mut Notification) {
    let contacts = value
        .get("contacts")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for m in value
        .get("messages")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match parse_message(m, &contacts) {
            Ok(msg) => out.messages.push(msg),
            Err(why) => out.skipped.push(why),
        }
    }
    for s in value
        .get("statuses")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match (str_of(s, "id"), str_of(s, "status")) {
            (Some(message_id), Some(status)) => out.statuses.push(DeliveryStatus {
                message_id,
                status,
                recipient: str_of(s, "recipient_id"),
                timestamp: timestamp_of(s),
                errors: s.get("errors").cloned(),
            }),
            _ => out.skipped.push("a status without id or status".into()),
        }
    }
    for e in value
        .get("errors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.skipped.push(format!("an error notification: {e}"));
    }
}

fn parse_message(m: &Value, contacts: &[Value]) -> Result<InboundMessage, String> {
    let id = str_of(m, "id").ok_or("a message without id")?;
    let from = str_of(m, "from");
    let contact = contacts
        .iter()
        .find(|c| from.is_some() && str_of(c, "wa_id") == from)
        .or_else(|| {
            if contacts.len() == 1 {
                contacts.first()
            } else {
                None
            }
        });
    let user_id = str_of(m, "from_user_id")
        .or_else(|| contact.and_then(|c| str_of(c, "user_id")))
        .or_else(|| from.clone())
        .ok_or_else(|| format!("message {id} has no sender"))?;
    let profile_name = contact
        .and_then(|c| c.pointer("/profile/name"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let kind = str_of(m, "type").unwrap_or_default();
    let content = parse_content(&kind, m);
    Ok(InboundMessage {
        id,
        user_id,
        from,
        profile_name,
        timestamp: timestamp_of(m),
        content,
    })
}

fn parse_content(kind: &str, m: &Value) -> Content {
    let unsupported = |code: Option<i64>, details: Option<String>| Content::Unsupported {
        kind: kind.to_string(),
        code,
        details,
    };
    let obj = m.get(kind).cloned().unwrap_or(Value::Null);
    match kind {
        "text" => match obj.get("body").and_then(Value::as_str) {
            Some(body) => Content::Text {
                body: body.to_string(),
            },
            None => unsupported(None, Some("text without body".into())),
        },
        "interactive" => {
            let itype = str_of(&obj, "type").unwrap_or_default();
            let reply = obj.get(&itype).cloned().unwrap_or(Value::Null);
            let (id, title) = (
                str_of(&reply, "id").unwrap_or_default(),
                str_of(&reply, "title").unwrap_or_default(),
            );
            match itype.as_str() {
                "list_reply" => Content::ListReply { id, title },
                "button_reply" => Content::ButtonReply { id, title },
                other => unsupported(None, Some(format!("interactive {other}"))),
            }
        }
        "button" => Content::TemplateButton {
            payload: str_of(&obj, "payload").unwrap_or_default(),
            text: str_of(&obj, "text").unwrap_or_default(),
        },
        "audio" | "image" | "document" | "video" | "sticker" => match str_of(&obj, "id") {
            Some(media_id) => Content::Media {
                kind: kind.to_string(),
                media_id,
                mime_type: str_of(&obj, "mime_type"),
                voice: obj.get("voice").and_then(Value::as_bool).unwrap_or(false),
                caption: str_of(&obj, "caption"),
            },
            None => unsupported(None, Some(format!("{kind} without media id"))),
        },
        "location" => Content::Location {
            latitude: obj.get("latitude").and_then(Value::as_f64).unwrap_or(0.0),
            longitude: obj.get("longitude").and_then(Value::as_f64).unwrap_or(0.0),
            name: str_of(&obj, "name"),
            address: str_of(&obj, "address"),
        },
        _ => {
            let err = m.get("errors").and_then(|e| e.get(0));
            unsupported(
                err.and_then(|e| e.get("code")).and_then(Value::as_i64),
                err.and_then(|e| e.pointer("/error_data/details").or_else(|| e.get("title")))
                    .and_then(Value::as_str)
                    .map(str::to_string),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope(value: &str) -> String {
        format!(
            r#"{{"object":"whatsapp_business_account","entry":[{{"id":"1","changes":[{{"field":"messages","value":{value}}}]}}]}}"#
        )
    }

    #[test]
    fn parses_every_message_type() {
        let value = r#"{"messaging_product":"whatsapp","metadata":{"phone_number_id":"1"},
          "contacts":[{"profile":{"name":"Sita"},"wa_id":"919876543210"}],
          "messages":[
            {"from":"919876543210","id":"w1","timestamp":"1700000000","type":"text","text":{"body":"Hi"}},
            {"from":"919876543210","id":"w2","timestamp":"1700000001","type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"dept:revenue","title":"Revenue"}}},
            {"from":"919876543210","id":"w3","timestamp":"1700000002","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"confirm:yes","title":"Submit"}}},
            {"from":"919876543210","id":"w4","timestamp":"1700000003","type":"button","button":{"payload":"menu","text":"Menu"}},
            {"from":"919876543210","id":"w5","timestamp":"1700000004","type":"audio","audio":{"id":"m1","mime_type":"audio/ogg; codecs=opus","voice":true}},
            {"from":"919876543210","id":"w6","timestamp":"1700000005","type":"image","image":{"id":"m2","mime_type":"image/jpeg"}},
            {"from":"919876543210","id":"w7","timestamp":"1700000006","type":"document","document":{"id":"m3","mime_type":"application/pdf","filename":"a.pdf"}},
            {"from":"919876543210","id":"w8","timestamp":"1700000007","type":"location","location":{"latitude":16.5,"longitude":80.6}},
            {"from":"919876543210","id":"w9","timestamp":"1700000008","type":"unsupported","errors":[{"code":131051,"title":"Message type unknown","error_data":{"details":"Message type is currently not supported."}}]}
          ]}"#;
        let n = parse(envelope(value).as_bytes()).unwrap();
        assert_eq!(n.messages.len(), 9);
        assert_eq!(n.messages[0].content, Content::Text { body: "Hi".into() });
        assert_eq!(n.messages[0].profile_name.as_deref(), Some("Sita"));
        assert_eq!(n.messages[0].timestamp, 1_700_000_000);
        assert!(
            matches!(&n.messages[1].content, Content::ListReply { id, .. } if id == "dept:revenue")
        );
        assert!(
            matches!(&n.messages[2].content, Content::ButtonReply { id, .. } if id == "confirm:yes")
        );
        assert!(
            matches!(&n.messages[3].content, Content::TemplateButton { payload, .. } if payload == "menu")
        );
        assert!(
            matches!(&n.messages[4].content, Content::Media { kind, voice: true, .. } if kind == "audio")
        );
        assert_eq!(
            n.messages[4].content.to_input(),
            Input::Media(MediaKind::Audio)
        );
        assert_eq!(n.messages[7].content.to_input(), Input::Location);
        assert!(matches!(
            &n.messages[8].content,
            Content::Unsupported {
                code: Some(131051),
                ..
            }
        ));
    }

    #[test]
    fn user_id_is_preferred_and_phone_is_optional() {
        let value = r#"{"contacts":[{"profile":{"name":"U"},"user_id":"IN.123abc"}],
          "messages":[{"from_user_id":"IN.123abc","id":"w1","timestamp":"1","type":"text","text":{"body":"hi"}}]}"#;
        let n = parse(envelope(value).as_bytes()).unwrap();
        assert_eq!(n.messages[0].user_id, "IN.123abc");
        assert_eq!(n.messages[0].from, None);
    }

    #[test]
    fn statuses_and_several_entries() {
        let body = r#"{"object":"whatsapp_business_account","entry":[
          {"id":"1","changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.A","status":"delivered","timestamp":"5","recipient_id":"91"}]}}]},
          {"id":"2","changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.A","status":"failed","timestamp":"6","recipient_id":"91","errors":[{"code":131026}]}]}},
                              {"field":"messages","value":{"messages":[{"from":"91","id":"w","timestamp":"7","type":"text","text":{"body":"x"}}]}}]}]}"#;
        let n = parse(body.as_bytes()).unwrap();
        assert_eq!(n.statuses.len(), 2);
        assert_eq!(n.statuses[1].status, "failed");
        assert_eq!(n.messages.len(), 1);
    }

    #[test]
    fn rejects_what_is_not_a_notification() {
        assert!(matches!(parse(b"{not json"), Err(ParseError::NotJson(_))));
        assert!(matches!(
            parse(br#"{"object":"page"}"#),
            Err(ParseError::NotWhatsApp(_))
        ));
    }
}
