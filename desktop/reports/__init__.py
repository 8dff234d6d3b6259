"""Pure renderers, no Qt: the session summary, the whole-data Markdown export, and the words both
use (and the app's screens too) for the store's values and errors."""
