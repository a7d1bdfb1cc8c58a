//! Understanding free text: the e5 sentence encoder ([`e5`]).

pub mod e5;
