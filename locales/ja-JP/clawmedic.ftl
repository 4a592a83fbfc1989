# clawmedic — ja-JP (translation pending; English is used as fallback)
