# clawmedic — ภาษาไทย (th)
# คำสั่ง, id, ชื่อโปรไฟล์ และ model ref จะไม่อยู่ในข้อความเหล่านี้: ค่าเหล่านี้
# ส่งเข้ามาเป็นตัวแปร ($provider, $profile, $model, …) หรือโค้ดจะพิมพ์ไว้ในบล็อกโค้ด

## รูปแบบคำตอบ

reply-title = ผลวินิจฉัยจาก clawmedic
reply-version-seen = OpenClaw { $version } (อ่านจากสิ่งที่คุณวางมา)
reply-version-flag = OpenClaw { $version } (ตามที่คุณระบุ)
reply-version-unknown = ไม่ทราบเวอร์ชัน OpenClaw: ขั้นตอนด้านล่างใช้ได้กับทุกรีลีส เว้นแต่จะระบุไว้
reply-version-floor = ไม่ได้ระบุเวอร์ชัน OpenClaw; จากข้อความที่วางดูเหมือนเป็น { $version } หรือใหม่กว่า (พาธของ store และ id)
reply-top-finding = สาเหตุที่เป็นไปได้มากที่สุด: { $title }
reply-next-finding = ถ้ายังแก้ไม่หาย: { $title }
reply-evidence = หลักฐาน
reply-evidence-line = ข้อความที่ { $message } บรรทัดที่ { $line }
reply-ruled-out = ตัดออกแล้ว
reply-steps = ขั้นตอนถัดไป
reply-asks = กรุณารันคำสั่งนี้แล้ววางเอาต์พุต
reply-need-more-info = ข้อมูลในเธรดนี้ยังไม่พอจะสรุปได้ กรุณารันคำสั่งด้านล่างแล้ววางเอาต์พุต (ปิดบังคีย์และโทเค็นด้วย)
reply-mask-reminder = ปิดบังคีย์และโทเค็นก่อนวางทุกครั้ง
where-cli = shell บนโฮสต์ของเกตเวย์
where-chat = แชทนี้
where-config = คอนฟิก
secret-warning =
    { $count ->
       *[other] สิ่งที่คุณวางมามีข้อมูลลับ { $count } รายการ (API key หรือโทเค็น) ซึ่งจะไม่แสดงซ้ำที่นี่ กรุณาลบข้อความนั้นทันที แล้วออกข้อมูลลับใหม่ที่ผู้ให้บริการแต่ละราย
    }
mojibake-note = อักขระบางตัวในสิ่งที่คุณวางมามีการเข้ารหัสผิดเพี้ยน ระบบได้ซ่อมแซมก่อนอ่านแล้ว

## หมายเหตุ

note-flag-too-new = OpenClaw ของคุณยังไม่รู้จัก { $flag } (เพิ่มเข้ามาใน { $since }) ใช้แบบไม่มีตัวเลือกนี้: `{ $command }`
note-flag-too-new-plain = OpenClaw ของคุณยังไม่รู้จัก { $flag } (เพิ่มเข้ามาใน { $since }) ให้รันคำสั่งเดิมโดยไม่ใส่ตัวเลือกนี้

## ชื่อสาเหตุ

cause-oauth_expired = การล็อกอิน OAuth หมดอายุแล้ว
cause-refresh_token_reused = refresh token ถูกใช้ซ้ำสองครั้ง
cause-oauth_scope_missing = การล็อกอินขาด scope ที่จำเป็น
cause-missing_api_key = ไม่มีข้อมูลรับรองสำหรับผู้ให้บริการนี้
cause-invalid_api_key = API key ถูกปฏิเสธ
cause-external_cli_credential_stale = ข้อมูลรับรองที่คัดลอกมาจาก CLI อื่นเก่าเกินไป
cause-pinned_profile_missing_credential = โปรไฟล์ที่ปักหมุดไว้ไม่มีข้อมูลรับรอง
cause-auth_provider_not_loaded = การล็อกอินอ้างถึงผู้ให้บริการที่ยังไม่ได้โหลด
cause-per_agent_auth_store = ข้อมูลรับรองอยู่ในที่เก็บของ agent ตัวอื่น
cause-auth_store_migration_required = ที่เก็บข้อมูลยืนยันตัวตนต้องย้ายรูปแบบ
cause-profile_excluded_by_auth_order = ลำดับการยืนยันตัวตนตัดโปรไฟล์ที่ใช้งานได้ออกไป
cause-auth_order_not_applied = ลำดับการยืนยันตัวตนใหม่ยังไม่มีผล
cause-session_pin_stale = บทสนทนานี้ยังใช้โปรไฟล์เก่าอยู่
cause-wrong_provider_prefix = model ref กับโปรไฟล์เป็นของผู้ให้บริการคนละราย
cause-auth_profile_provider_mismatch = โปรไฟล์ผูกอยู่กับผู้ให้บริการรายอื่น
cause-legacy_codex_ids = id แบบเก่าของ openai-codex บนบิลด์ที่เปลี่ยนชื่อไปแล้ว
cause-unknown_model = ผู้ให้บริการหรือคอนฟิกไม่รู้จักโมเดลนี้
cause-model_not_allowed = โมเดลไม่อยู่ใน allowlist
cause-rate_limit_cooldown = ผู้ให้บริการติด rate limit หรืออยู่ในช่วง cooldown
cause-billing_disabled = เครดิตในบัญชีหมดแล้ว
cause-provider_unreachable = ติดต่อผู้ให้บริการไม่ได้
cause-fallbacks_stripped = fallback ถูกลบออกจากคอนฟิกที่มีผลจริง
cause-ollama_fallback_dropped = fallback ของ Ollama ให้บริการไม่ได้
cause-fallback_not_triggered = เมื่อล้มเหลวแล้วไม่เคยสลับไปใช้ fallback
cause-runtime_unavailable = รันไทม์ของ Codex รันรอบนี้ไม่ได้
cause-cloudflare_403 = คำขอไปยัง ChatGPT ติดหน้าตรวจสอบของ Cloudflare
cause-version_regression = บั๊กที่ทราบอยู่แล้วในบิลด์ OpenClaw นี้
cause-gateway_not_reloaded = เกตเวย์ที่รันอยู่ยังใช้สถานะเก่า
cause-request_rejected = ผู้ให้บริการปฏิเสธตัวคำขอเอง
cause-status_display_mismatch = หน้าสถานะแสดงคำเตือน แต่การรันยังทำงานได้
cause-not_model_auth = ไม่ใช่ปัญหาการยืนยันตัวตนของโมเดล
cause-all_ok = ทุกอย่างดูปกติดี
cause-need_more_info = ต้องการเอาต์พุตเพิ่มเติม

## สรุปสิ่งที่พบ

oauth_expired-summary = การล็อกอินที่บันทึกไว้ของ { $provider } รีเฟรช access token ไม่ได้อีกแล้ว ทุกคำขอที่ใช้มันจึงล้มเหลว ให้ล็อกอินใหม่บนโฮสต์ของเกตเวย์ แล้วรีสตาร์ทเกตเวย์
refresh_token_reused-summary = refresh token ของ { $provider } ถูกใช้ไปโดยผู้ใช้สองฝั่ง (เกตเวย์สองตัว สำเนาแยกตาม agent หรือโทเค็นที่นำเข้าจาก CLI) และตอนนี้ผู้ให้บริการปฏิเสธแล้ว ให้ล็อกอินครั้งเดียว เหลือเกตเวย์ไว้ตัวเดียว และย้ายโปรไฟล์ใหม่ขึ้นไปไว้ลำดับแรก
oauth_scope_missing-summary = โทเค็นของ { $provider } ไม่มี scope ที่คำขอต้องใช้ หรือตอนล็อกอินได้ขอ scope ที่บิลด์นี้ใช้ไม่ได้
missing_api_key-summary = agent ที่รันรอบนี้ไม่มีข้อมูลรับรองสำหรับ { $provider } ให้เพิ่มข้อมูลรับรองให้ agent ตัวนั้น แล้วรีสตาร์ทเกตเวย์
invalid_api_key-summary = มีการส่ง API key ของ { $provider } ออกไปแล้วถูกปฏิเสธ ให้หาว่าคีย์ไหนถูกใช้จริง (โปรไฟล์ที่บันทึกไว้มีลำดับเหนือกว่า environment ของ shell) แล้วเปลี่ยนคีย์นั้น
external_cli_credential_stale-summary = OpenClaw กำลังใช้ข้อมูลรับรองของ { $provider } ที่คัดลอกมาจาก CLI อื่น และสำเนานั้นเก่าเกินไปแล้ว ให้รีเฟรชที่ต้นทางก่อน แล้วล็อกอินใหม่
pinned_profile_missing_credential-summary = โปรไฟล์ { $profile } ที่ปักหมุดไว้ไม่มีข้อมูลลับที่ใช้ได้ ให้ปักหมุดโปรไฟล์ที่ใช้งานได้ตอนนี้เลย หรือเพิ่มข้อมูลรับรองให้ { $profile }
auth_provider_not_loaded-summary = ไม่มีปลั๊กอินที่โหลดอยู่ตัวไหนลงทะเบียนผู้ให้บริการ { $provider } จึงเริ่มล็อกอินไม่ได้
per_agent_auth_store-summary = agent { $agent } อ่านที่เก็บข้อมูลยืนยันตัวตนของตัวเอง และในนั้นไม่มีข้อมูลรับรองของ { $provider } การล็อกอินที่คุณทำไปเข้าไปอยู่ที่ agent ตัวอื่น ให้ล็อกอินสำหรับ { $agent }
auth_store_migration_required-summary = บิลด์นี้เก็บข้อมูลรับรองในรูปแบบที่เก็บใหม่ และจะไม่สนใจที่เก็บเก่าจนกว่า doctor จะย้ายให้ ให้หยุดเกตเวย์ รัน doctor ตรวจว่าโปรไฟล์กลับมาแล้ว จากนั้นเริ่มเกตเวย์อีกครั้ง
profile_excluded_by_auth_order-summary = โปรไฟล์ของ { $provider } ที่ใช้ได้ทั้งหมดถูกตัดออกโดยลำดับการยืนยันตัวตน จึงไม่มีโปรไฟล์ไหนถูกลองเลย ให้ล้างลำดับ หรือตั้งลำดับเป็นโปรไฟล์ที่มีอยู่จริง
auth_order_not_applied-summary = การเปลี่ยนลำดับไปไม่ถึงที่เก็บที่ agent อ่าน ลำดับเก่าจึงยังมีผลอยู่
session_pin_stale-summary = บทสนทนานี้ปักหมุดไว้กับ { $profile } ซึ่งหมดอายุหรือไม่มีอยู่แล้ว ขณะที่ { $working } ใช้งานได้ ให้ปักหมุดบทสนทนาใหม่ไปที่โปรไฟล์ที่ใช้งานได้
session_pin_stale-override-summary = บทสนทนานี้มีการ override โปรไฟล์ของตัวเอง ({ $profile }) ซึ่งการเปลี่ยนแปลงผ่าน CLI ไม่มีผลกับมัน ให้ปักหมุดใหม่ในบทสนทนานั้น
session_pin_stale-cli-healthy-summary = การทดสอบผ่าน CLI แสดงว่า { $working } ใช้งานได้ แต่บทสนทนายังล้มเหลว เพราะยังยึดโปรไฟล์เก่าไว้ ให้ปักหมุดโปรไฟล์ที่ใช้งานได้ในบทสนทนาที่มีปัญหา การตัดโปรไฟล์เก่าออกจากลำดับเป็นความตั้งใจ จึงไม่ต้องล้างลำดับ
wrong_provider_prefix-summary = เวลาปักหมุด ผู้ให้บริการใน model ref ต้องเป็นรายเดียวกับผู้ให้บริการของโปรไฟล์ และ { $profile } เป็นของ { $provider } ดังนั้นในรีลีสนี้ ref ต้องขึ้นต้นด้วยผู้ให้บริการนั้น
wrong_provider_prefix-default-summary = ในรีลีสนี้ โมเดล openai/… จะไม่มีข้อมูลรับรองถ้ามีแค่การล็อกอิน Codex OAuth โมเดลเริ่มต้นต้องใช้ผู้ให้บริการ openai-codex
auth_profile_provider_mismatch-summary = { $profile } เป็นของผู้ให้บริการรายอื่น จึงใส่ไว้ในลำดับของ { $provider } ไม่ได้ ในลำดับของผู้ให้บริการแต่ละรายให้ใส่เฉพาะโปรไฟล์ของรายนั้น ถ้าต้องการผู้ให้บริการรายที่สอง ให้ใช้ fallback ของโมเดล
legacy_codex_ids-summary = คอนฟิกหรือโปรไฟล์ยังใช้ id แบบเก่าของ openai-codex ซึ่งรีลีสนี้เปลี่ยนชื่อไปแล้วหรือไม่รับอีกต่อไป ให้ doctor ย้ายให้
unknown_model-summary = { $model } ไม่อยู่ทั้งในแค็ตตาล็อกของผู้ให้บริการและในคอนฟิก ให้เลือก model id ที่ผู้ให้บริการมีในรายการ
model_not_allowed-summary = { $model } อยู่นอก allowlist โมเดลของ agent ให้เพิ่มเข้าไปก่อน แล้วเลือกใหม่อีกครั้ง
rate_limit_cooldown-summary = { $provider } กำลังพักหลังเจอข้อผิดพลาด rate limit หรือโควตาการใช้งาน การล็อกอินใหม่ไม่ช่วยอะไร ให้รอ หรือเพิ่มโปรไฟล์อื่นหรือ fallback
billing_disabled-summary = ผู้ให้บริการปฏิเสธด้วยเหตุผลด้านการเรียกเก็บเงินหรือโควตา และโปรไฟล์ถูกปิดใช้งานไปหลายชั่วโมง ให้เติมเงินที่ผู้ให้บริการ หรือสลับไปใช้ผู้ให้บริการอื่นระหว่างนี้
provider_unreachable-summary = ไม่ได้รับคำตอบที่ใช้ได้จาก { $provider } (หมดเวลา เครือข่าย TLS หรือเซิร์ฟเวอร์ผิดพลาด) ให้ตรวจการเชื่อมต่อจากโฮสต์ของเกตเวย์
fallbacks_stripped-summary = agent { $agent } ตั้งค่าโมเดลเป็นสตริงธรรมดา ซึ่งทำให้ fallback เริ่มต้นถูกแทนที่ด้วยค่าว่าง ให้ใช้รูปแบบออบเจ็กต์ที่มีรายการ fallbacks
ollama_fallback_dropped-summary = fallback ของ Ollama ไม่มีรายการผู้ให้บริการหรือคีย์ placeholder จึงล้มเหลวทันทีที่ลำดับ fallback มาถึง
fallback_not_triggered-summary = ความล้มเหลวจบรอบนี้ไปโดยไม่ได้ลอง fallback เลย บิลด์นี้มีบั๊กเรื่องลูปหรือโควตาการใช้งานตรงจุดนั้น
fallback_not_triggered-selected-summary = บทสนทนานี้เลือก { $model } ไว้เอง โมเดลที่ผู้ใช้เลือกเองจะถูกใช้ตรงตัว ไม่มีการสลับไป fallback ให้กลับไปใช้โมเดลเริ่มต้น
runtime_unavailable-summary = รันไทม์ของ Codex (app-server หรือปลั๊กอิน) รันรอบนี้ไม่ได้ ส่วนใหญ่เป็นเพราะปลั๊กอิน codex ภายนอกที่ค้างอยู่เก่ากว่าคอร์
cloudflare_403-summary = คำขอ ChatGPT/Codex ได้รับหน้าตรวจสอบของ Cloudflare ซึ่งบิลด์นี้รายงานว่าเป็น DNS ล้มเหลวหรือ rate limit
version_regression-summary = บิลด์นี้มีบั๊กที่ทราบกันอยู่แล้ว คือการล็อกอิน Codex ใหม่ผ่านการทดสอบ แต่รีเฟรชไม่สำเร็จตอนรันจริง
version_regression-known-summary = OpenClaw { $version } มีบั๊กที่ทราบอยู่แล้วซึ่งมีอาการตรงกับกรณีนี้ และแก้ไขแล้วใน { $fixed } ให้อัปเดตไปข้างหน้า (อย่าดาวน์เกรดข้ามการย้ายรูปแบบที่เก็บข้อมูลเด็ดขาด)
gateway_not_reloaded-summary = CLI มองเห็นข้อมูลรับรองของ { $provider } แล้ว แต่เกตเวย์ที่รันอยู่ยังไม่ได้รีสตาร์ทและยังใช้สถานะเก่า
request_rejected-summary = ผู้ให้บริการปฏิเสธเนื้อหาของคำขอ (schema หรือขนาด context) ไม่ใช่ข้อมูลรับรอง ให้เริ่มเซสชันใหม่ ไม่จำเป็นต้องล็อกอินใหม่
status_display_mismatch-summary = { $profile } แสดงว่าหมดอายุบนหน้าสถานะ แต่การรันยังทำงานได้ ไม่มีอะไรเสีย รีเฟรชเฉพาะเมื่ออยากให้คำเตือนหายไปเท่านั้น
not_model_auth-summary = นี่คือการยืนยันตัวตนของเกตเวย์หรืออุปกรณ์ ไม่ใช่ข้อมูลรับรองของโมเดล คำสั่ง models auth จะไม่ช่วยเปลี่ยนแปลงเรื่องนี้
not_model_auth-channel-summary = นี่คือโทเค็นของช่องแชท (บัญชีบอท) ไม่ใช่ข้อมูลรับรองของโมเดล คำสั่ง models auth จะไม่ช่วยเปลี่ยนแปลงเรื่องนี้
all_ok-summary = ทุกโปรไฟล์ที่ทดสอบตอบกลับได้ และไม่มีอะไรในสิ่งที่วางมาที่รายงานความล้มเหลว ถ้าแชทยังล้มเหลวอยู่ ให้วางข้อผิดพลาดของแชทนั้นและผลของ /model status

## คำอธิบายขั้นตอน

step-login = ล็อกอิน { $provider } ใหม่บนโฮสต์ของเกตเวย์ (จะเปิดเบราว์เซอร์หรือแสดงรหัสให้)
step-restart = รีสตาร์ทเกตเวย์เพื่อให้โปรเซสที่รันอยู่โหลดข้อมูลยืนยันตัวตนใหม่
step-verify = ตรวจสอบว่าล็อกอินใช้งานได้ด้วยการทดสอบแบบสด
step-upgrade = อัปเดต OpenClaw เป็นรีลีสล่าสุด
step-doctor-fix = ให้ doctor ย้ายคอนฟิกและโปรไฟล์ให้
step-claude-setup-token = สร้าง setup token ของ Claude ใหม่ แล้วบันทึกไว้ใน OpenClaw
step-one-gateway = ตรวจให้แน่ใจว่ามีเกตเวย์รันอยู่ตัวเดียวสำหรับไดเรกทอรีสถานะนี้
step-order-new-id = ย้ายโปรไฟล์ที่เพิ่งสร้างขึ้นไปไว้ลำดับแรก (คัดลอก id จากเอาต์พุตของการล็อกอิน)
step-drop-baseurl = ลบ baseUrl ของ Platform API ออก เพื่อไม่ให้โทเค็น ChatGPT ถูกส่งไปที่นั่น
step-local-placeholder-key = ผู้ให้บริการแบบโลคัลต้องการแค่คีย์ placeholder
step-configure-key = ป้อนคีย์ของ { $provider } แบบโต้ตอบ (ห้ามวางคีย์ลงในแชทเด็ดขาด)
step-env-file = หรือใส่คีย์ไว้ในไฟล์ env ของเกตเวย์ เพราะเซอร์วิสจะไม่สนใจค่าที่ export ไว้ใน shell
step-read-effective = ดูแหล่งที่มา effective= ของผู้ให้บริการ นั่นคือคีย์ที่ถูกส่งออกไปจริง
step-refresh-external-cli = รีเฟรชการล็อกอินของ CLI ตัวนั้นก่อน
step-pin-working = ปักหมุดโปรไฟล์ { $profile } ที่ใช้งานได้ในบทสนทนาที่มีปัญหา แล้วส่งข้อความทดสอบธรรมดาหนึ่งข้อความ
step-login-renamed-codex = ในรีลีสนี้ OAuth ของ ChatGPT/Codex จะล็อกอินภายใต้ผู้ให้บริการ openai
step-check-profiles-back = ตรวจว่าโปรไฟล์กลับมาแสดงในรายการแล้ว ถ้ารายการว่าง ให้ล็อกอินใหม่
step-order-clear = ลบการ override ลำดับที่ตั้งไว้ราย agent
step-order-set-alternative = หรือตั้งลำดับเป็นโปรไฟล์ที่มีอยู่จริง
step-release-lock = หยุดเกตเวย์เพื่อให้ปลดล็อกที่เก็บข้อมูล
step-pin = ปักหมุด { $profile } ในบทสนทนาที่มีปัญหา แล้วส่งข้อความทดสอบธรรมดาหนึ่งข้อความ
step-cross-provider-fallback = ถ้าต้องการใช้ผู้ให้บริการอื่นเป็นตัวสำรอง ให้เพิ่ม fallback ของโมเดลแทน
step-new-drops-auto = เซสชันใหม่จะล้างการ override อัตโนมัติออก
step-find-current-id = หา id ปัจจุบันของโปรไฟล์ (การล็อกอินใหม่อาจสร้าง id ใหม่ขึ้นมา)
step-pin-current-id = จากนั้นปักหมุด id นั้นในบทสนทนา
step-undo-5-5-rewrite = ยกเลิกการเขียนทับโมเดลเริ่มต้นที่รีลีส 5.5 ทำไว้
step-set-unified-ref = หรือตั้ง model ref ปัจจุบันเอง
step-ollama-model-entry = เพิ่มโมเดลลงในรายการโมเดลของผู้ให้บริการ ollama
step-list-models = แสดงรายการ model id ที่ผู้ให้บริการนี้มีให้
step-set-listed-model = ตั้งค่าเริ่มต้นเป็น id จากรายการนั้น
step-allow-model = เพิ่มโมเดลลงใน allowlist (ด้วยคำสั่งที่ข้อความผิดพลาดพิมพ์ออกมา)
step-see-cooldowns = ดูว่าโปรไฟล์ไหนกำลังพักอยู่และอีกนานเท่าไร (Unavailable auth profiles)
step-add-fallback = เพิ่ม fallback บนผู้ให้บริการอื่น เพื่อให้แต่ละรอบยังทำงานได้ระหว่างนี้
step-after-top-up = หลังเติมเงินแล้ว ให้ล้างสถานะปิดใช้งานที่บันทึกไว้
step-object-form-model = เขียนโมเดลของ agent ในรูปแบบออบเจ็กต์ พร้อมรายการ fallback
step-check-fallbacks = ตรวจว่า Fallbacks (N) แสดงรายการเหล่านั้นแล้ว
step-reset-selection = รีเซ็ตบทสนทนานี้กลับไปใช้โมเดลเริ่มต้น
step-inspect-codex-plugin = เทียบเวอร์ชันรันไทม์ของปลั๊กอิน codex กับคอร์
step-find-stale-plugin = อัปเดตหรือลบสำเนาปลั๊กอิน codex ภายนอกที่เก่าค้างอยู่
step-step-back-same-era = หรือถอยกลับไปรีลีสล่าสุดที่ใช้งานได้ซึ่งใช้รูปแบบที่เก็บข้อมูลเดียวกัน
step-codex-backend-url = ถ้าจะใช้รีลีสนี้ต่อ: ให้ส่งคำขอ Codex ไปที่แบ็กเอนด์ของ ChatGPT
step-new-session = เริ่มเซสชันใหม่ในบทสนทนานั้น
step-check-api = ตรวจว่า api: ที่แสดงอยู่ตรงกับโมเดล
step-clear-display = เฉพาะเพื่อให้คำเตือนหายไป: รีเฟรชการล็อกอินของ Claude CLI แล้วเชื่อมต่อใหม่
step-channel-status = ตรวจดูว่าช่องไหนเริ่มทำงานไม่ได้
step-channel-token = ป้อนโทเค็นบอทใหม่สำหรับช่องนั้น

## สิ่งที่ขอเพิ่ม

ask-version = ขั้นตอนถัดไปขึ้นอยู่กับรีลีสของ OpenClaw
ask-model-status-if-chat-fails = เฉพาะเมื่อแชทยังล้มเหลว: ให้รันคำสั่งนี้ในบทสนทนานั้น
ask-models-status = แสดงโมเดลเริ่มต้น, fallback, ข้อมูลรับรองที่มีผลของผู้ให้บริการแต่ละราย และ cooldown
ask-probe = ทดสอบทุกโปรไฟล์แบบสด และแสดงว่าโปรไฟล์ไหนล้มเหลวเพราะอะไร
ask-order = แสดงว่าลำดับนี้อนุญาตโปรไฟล์ไหนบ้าง
ask-model-status = รันในบทสนทนาที่มีปัญหา: จะแสดงโปรไฟล์ที่บทสนทนานั้นใช้อยู่
ask-auth-list = แสดง id ของโปรไฟล์แบบตรงตัวสำหรับใช้ปักหมุด
ask-decision-lines = คัดลอกบรรทัด [model-fallback/decision] ของรอบที่ล้มเหลวมาหนึ่งรอบ

## ข้อผิดพลาด (บรรทัดคำสั่งและบอท)

error-file-missing = อ่าน { $path } ไม่ได้: ไม่มีไฟล์นี้
error-file-unreadable = อ่าน { $path } ไม่ได้: { $reason }
error-binary = { $path } ดูเหมือนเป็นข้อมูลไบนารี ไม่ใช่ข้อความที่วางมา
error-too-large = { $path } มีขนาดเกิน { $limit } ไบต์ กรุณาวางเฉพาะเอาต์พุตที่เกี่ยวข้อง
error-unknown-lang = ไม่รู้จักภาษา { $lang } กรุณาใช้หนึ่งในนี้: { $list }
error-bad-version = อ่านเวอร์ชัน OpenClaw { $version } ไม่ได้ กรุณาใช้รูปแบบ 2026.6.9

## Discord และหน้าเว็บ

cmd-diagnose-description = วินิจฉัยเอาต์พุต OpenClaw ที่วางมา แล้วบอกขั้นตอนถัดไป
opt-paste-description = เอาต์พุตที่จะวินิจฉัย (เว้นว่างไว้เพื่อเปิดฟอร์มสำหรับข้อความยาว)
opt-file-description = ไฟล์ .txt, .log หรือ .json ที่มีเอาต์พุต
opt-version-description = เวอร์ชัน OpenClaw ของคุณ เช่น 2026.6.9
opt-language-description = ภาษาของคำตอบ
cmd-model-description = อธิบายเอาต์พุตของ /model status หรือสร้าง /model pin ที่ถูกต้อง
cmd-model-status-description = อธิบายเอาต์พุตของ /model status หรือ models status ที่วางมา
cmd-model-pin-description = สร้าง /model pin สำหรับโปรไฟล์
opt-profile-description = id ของโปรไฟล์ยืนยันตัวตน เช่น openai:work
opt-model-description = โมเดล เช่น openai/gpt-5.5
ctx-diagnose-name = วินิจฉัย
modal-title = วางเอาต์พุตของ OpenClaw
modal-field-label = เอาต์พุต (ปิดบังคีย์และโทเค็น)
button-worked = ใช้ได้แล้ว
button-still-failing = ยังไม่ได้
button-show-in = แสดงเป็น { $language }
reply-thanks = ขอบคุณที่ยืนยันนะ ดีใจที่ใช้งานได้แล้ว
reply-still-failing = ขออภัยด้วย วางเอาต์พุตถัดไปไว้ที่นี่ได้เลย ระบบจะอ่านรวมกับข้อความก่อนหน้า
pin-explain = โปรไฟล์ { $profile } เป็นของ { $provider } ดังนั้นในรีลีสนี้ model ref ต้องขึ้นต้นด้วย { $provider }/
pin-explain-renamed = ในรีลีสนี้ โปรไฟล์ ChatGPT/Codex ใช้ชื่อแบบ openai:… ให้รัน doctor ก่อน เพื่อให้มี { $profile }
error-no-input = ไม่มีอะไรให้วินิจฉัย: กรุณาวางเอาต์พุตหรือแนบไฟล์
error-attachment-type = อ่านได้เฉพาะไฟล์ .txt, .log และ .json
error-internal = เกิดข้อผิดพลาดฝั่งเรา จึงสร้างคำตอบไม่ได้ กรุณาลองใหม่อีกครั้ง
error-rate-limited = ตอนนี้มีคำขอมากเกินไป กรุณารอ { $seconds } วินาที
web-title = clawmedic — วินิจฉัยเอาต์พุตของ OpenClaw
web-paste-label = วางเอาต์พุตของ OpenClaw ที่นี่ (คีย์และโทเค็นจะถูกปิดบังก่อนแสดงผลใดๆ)
web-submit = วินิจฉัย
web-copy = คัดลอก
web-copied = คัดลอกแล้ว
cmd-watch-description = เปิดหรือปิดการวินิจฉัยอัตโนมัติสำหรับเอาต์พุต OpenClaw ที่วางในช่องนี้
opt-watch-mode-description = on: ตอบเอาต์พุต OpenClaw ที่วางที่นี่, off: หยุด
watch-on = กำลังติดตาม { $channel }: ข้อความที่มีเอาต์พุต OpenClaw จะได้รับผลวินิจฉัย โดยตอบไม่เกินหนึ่งครั้งต่อเธรดทุก { $seconds } วินาที
watch-off = เลิกติดตาม { $channel } แล้ว
watch-unavailable = โหมดติดตามถูกปิดไว้ในคอนฟิกของบอทนี้
error-permission = ต้องมีสิทธิ์ “จัดการเซิร์ฟเวอร์” (Manage Server) จึงจะเปลี่ยนค่านี้ได้
error-guild-only = คำสั่งนี้ใช้ได้เฉพาะในช่องของเซิร์ฟเวอร์เท่านั้น
error-store = ยังบันทึกการตั้งค่าไม่ได้ในตอนนี้ กรุณาลองใหม่อีกครั้งในอีกหนึ่งนาที
error-no-memory = ระบบไม่ได้เก็บผลวินิจฉัยนี้ไว้แล้ว (หมดอายุ หรือเข้าถึงหน่วยความจำไม่ได้) กรุณารันคำสั่งอีกครั้งพร้อมเอาต์พุตของคุณ
error-download = ดาวน์โหลดไฟล์แนบ { $path } ไม่ได้ กรุณาวางข้อความในไฟล์แทน
error-bad-profile = { $profile } ไม่ใช่ id ของโปรไฟล์ยืนยันตัวตน id จะมีรูปแบบ provider:name เช่น openai:work
pin-title = /model pin สำหรับบทสนทนานี้
pin-model-placeholder = แทนที่ <model> ด้วยโมเดลที่ { $provider } มีให้ ใช้ /models { $provider } ในแชทเพื่อดูรายการ
status-title = คำอธิบาย /model status ของคุณ
status-current = บทสนทนานี้ใช้ { $model }
status-current-selected = บทสนทนานี้ใช้ { $model } ซึ่งเลือกไว้เอง: โมเดลที่เลือกเองจะไม่สลับไปใช้โมเดลอื่นเลย
status-default = โมเดลเริ่มต้นคือ { $model }
status-active = คำขอถัดไปที่ส่งไปยัง { $provider } จะใช้โปรไฟล์ { $profile }
status-auth-ok = { $profile }: ล็อกอินแล้ว ใช้ได้อีก { $remaining }
status-auth-ok-plain = { $profile }: ล็อกอินแล้ว
status-auth-expiring = { $profile }: จะหมดอายุในอีก { $remaining } ควรรีเฟรชการล็อกอินเร็วๆ นี้
status-auth-expired = { $profile }: การล็อกอินหมดอายุแล้ว
status-auth-missing = { $profile }: ไม่มีข้อมูลรับรองที่บันทึกไว้
status-auth-cooldown = { $profile }: กำลังพักหลังเกิดข้อผิดพลาด (เหลืออีก { $remaining })
status-auth-disabled = { $profile }: ถูกปิดใช้งาน ({ $reason })
status-not-recognized = นี่ไม่ใช่เอาต์พุตของ /model status หรือ models status กรุณารัน /model status ในบทสนทนาที่มีปัญหา หรือรัน openclaw models status บนโฮสต์ของเกตเวย์ แล้ววางมาทั้งหมด
web-language-auto = ตามภาษาของข้อความที่วาง (ตรวจจับอัตโนมัติ)
web-privacy = สิ่งที่คุณวางจะไม่ถูกเก็บหรือบันทึกลงล็อก แสดงเฉพาะผลการวินิจฉัยเท่านั้น
step-unusable-name = ชื่อในข้อความที่คุณวางมีอักขระที่ชื่อใน OpenClaw ไม่มี จึงไม่ได้คัดลอกลงในคำสั่งนี้ ให้แทน `{ $placeholder }` ด้วยชื่อที่ตรงกับในผลลัพธ์ของ OpenClaw เอง

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = เวอร์ชันที่คุณระบุ “{ $given }” ไม่ใช่รีลีสของ OpenClaw ที่บิลด์นี้รู้จัก จึงไม่ได้นำมาใช้ คำสั่ง `openclaw --version` บนโฮสต์ของเกตเวย์จะแสดงเวอร์ชันที่แน่นอน
note-version-conflict = คุณระบุ OpenClaw { $given } แต่สิ่งที่คุณวางมาแสดง { $pasted } คำตอบนี้ใช้ { $given } ซึ่งเป็นเวอร์ชันที่คุณระบุ
error-file-is-dir = { $path } เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาระบุไฟล์ที่มีเอาต์พุต
error-file-permission = อ่าน { $path } ไม่ได้: คุณไม่มีสิทธิ์อ่านไฟล์นี้
error-malformed-json = เนื้อหาคำขอไม่ใช่ JSON ที่ API นี้อ่านได้ กรุณาส่งออบเจกต์ที่มี `paste` (ข้อความ) หรือ `messages` (รายการข้อความ)
error-bad-thread = id ของเธรดต้องมี 16 ถึง 128 อักขระจาก A-Z, a-z, 0-9, _ และ - กรุณาใช้ id แบบสุ่ม
error-too-many-messages = ส่งได้ไม่เกิน { $limit } ข้อความต่อคำขอ กรุณาส่งที่เหลือในคำขอที่สอง
