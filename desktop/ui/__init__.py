"""The user interface: PySide6 only, no SQL. app/ composes the tabs from plan/, journal/ and
encouragement/, which share common/ and never import each other."""
