"""Built-in texts kept as data in resources/texts/: messages, prompts, acknowledgements, the two
"what helps" cards. Imports no Qt and reads nothing until asked."""
