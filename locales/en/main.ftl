# Mana Mitra — conversation texts — English

brand = Mana Mitra

language-name = English
    .aliases = english, inglish, englis, engilsh, eng, en, ఇంగ్లీష్, ఇంగ్లిష్, अंग्रेजी, अंग्रेज़ी, इंग्लिश

choose-language = Please choose your language.

welcome = Welcome to *Mana Mitra* 🙏 — Andhra Pradesh government services on WhatsApp.
    You can choose an option any time by typing its number. Type 0 or menu for the main menu, and help if you need help.

welcome-back = Welcome back to Mana Mitra!

language-changed = Done. I will talk to you in English now.

language-offer = To continue in English, type *English*.

session-resumed = Sorry, our last conversation timed out. Let's start again from the main menu.

departments-header = Government departments

departments-body = Choose a department: tap the list or type its number.

services-body = Services of { $department }. Choose one: tap or type its number.

menu-button = Choose

menu-footer = 0 = main menu · help

menu-footer-more = more = next page · 0 = main menu

nav-next = More

nav-next-page = Page { $page } of { $pages }

nav-menu = Main menu

nav-done = Done

not-understood = Sorry, I didn't understand. Type the number of an option, or 0 for the main menu.
did-you-mean = I am not sure what you need. Did you mean one of these?
you-are-welcome = You are welcome! 🙏

number-out-of-range = Please type a number from 1 to { $max }.

service-start = { $service }: I need a few details.

optional-hint = (optional — type skip to leave it out)

confirm-body =
    Please check your details for *{ $service }*:
    { $summary }
    Is this correct?

confirm-yes = Yes, submit

confirm-edit = Change

confirm-cancel = Cancel

cancelled = Cancelled. Nothing was submitted.

anything-else = Can I help with anything else?

goodbye = Thank you for using Mana Mitra! 🙏 This conversation is closed. Send Hi any time to start again.

help = *How to use Mana Mitra*
    • Type the number of an option to choose it, or tap the list.
    • Or just write or say what you need — "income certificate", "bus ticket to Tirupati tomorrow".
    • 0 or menu — main menu
    • back — go back one step
    • more — next page of a list
    • skip — leave out an optional question
    • language — change the language
    • stop — end the conversation
    • help — show this help

ended-hint = Send Hi to start again.

audio-not-supported = Sorry, I could not listen to that voice message right now. Please type your answer, or choose from the menu.

voice-heard = 🎤 I heard: “{ $text }”

voice-unsupported = Sorry, I could not play this audio: the file is damaged or in a format I cannot open. Please record a voice message in WhatsApp and send it again, or type your answer.

voice-too-long = Sorry, this voice message is longer than 2 minutes. Please send a shorter one, or type your answer.

voice-too-big = Sorry, this audio file is too large (over 16 MB). Please send a shorter voice message, or type your answer.

voice-nothing-heard = Sorry, I could not hear anything in your voice message. Please speak close to the phone and send it again, or type your answer.

voice-unavailable = Sorry, I cannot listen to voice messages right now. Please type your answer, or choose from the menu.

media-not-supported = Thank you, but photos and documents are not needed here. Please type your answer.

location-not-needed = Thank you, but your location is not needed here.

unsupported-message = Sorry, this kind of message is not supported. Please type your answer as text.

invalid-too-short = That is too short. Please type a little more.

invalid-too-long = That is too long. Please keep it shorter.

invalid-out-of-range = That number is outside the allowed range. Please check and type it again.

invalid-date-not-future = That date has passed. Please give a date from today onwards.

invalid-date-not-past = That date is in the future. Please give a past date.

result-portal = { $service }: please continue on the official portal: { $url }

result-done = { $service } — done. Reference: *{ $reference }*

result-document = Your document: { $url }

result-payment = Pay here: { $url }

result-payment-amount = Amount due: ₹{ $amount }. Pay here: { $url }

result-rejected =
    Sorry, the department could not process your request for { $service }.
    Reason: { $message }
    Reference: *{ $reference }*

result-failed =
    { $service }: the department's system is not responding right now. Your request is saved with reference *{ $reference }*.
    Please try again later, and quote this reference if you contact the office.

result-not-connected =
    { $service } is not yet available on WhatsApp. Please apply on the official portal: { $url }
    Your reference: *{ $reference }*
