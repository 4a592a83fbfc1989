# clawmedic — uk (translation pending; English is used as fallback)
