# Replaces PyInstaller's own hook for this Qt module: the same collection, then filtered by
# packaging/bundle_filter.py so that Qt parts the app never loads stay out of the bundle.
import bundle_filter
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = bundle_filter.filter_hook(*add_qt6_dependencies(__file__))
