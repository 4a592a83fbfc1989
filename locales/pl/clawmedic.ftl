# clawmedic — pl (translation pending; English is used as fallback)
