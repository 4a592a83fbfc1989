# clawmedic — zh-TW (translation pending; English is used as fallback)
