#!/usr/bin/env python3
"""Writes the model's ContributorValidationMessages bundles, \\u-escaped, from the readable text below."""
import os
P = "io.github.wsis20.model.constraints."
keys = ["CodePointLength", "NoControlCharacters", "LanguageTag", "LanguageTag.unknownLanguage", "CountryCode",
        "EmailAddress", "HttpsUri", "MediaType", "Sha256Digest", "ContributionId", "UniqueItems",
        "GovernmentHasCountry", "CompleteUnlessDraft", "EntityId"]
T = {
"en": ["length must be between {min} and {max} characters",
 "must not contain control characters",
 "must be a well-formed BCP 47 language tag",
 "the primary language must be a known ISO 639 language",
 "must be an assigned ISO 3166-1 alpha-3 country code in capitals",
 "must be a syntactically valid e-mail address",
 "must be an absolute https URI",
 "must be a media type of the form type/subtype",
 "must be 64 lower-case hexadecimal digits",
 "must be 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
 "must not hold the same item twice",
 "a government must name its country",
 "is required unless the status is DRAFT",
 "must be 1 to 128 lower-case letters, digits, '.', '_', ':', '+' or '-', starting with a letter or digit"],
"fr": ["la longueur doit être comprise entre {min} et {max} caractères",
 "ne doit contenir aucun caractère de contrôle",
 "doit être une étiquette de langue BCP 47 bien formée",
 "la langue principale doit être une langue ISO 639 connue",
 "doit être un code de pays ISO 3166-1 alpha-3 attribué, en majuscules",
 "doit être une adresse électronique syntaxiquement valide",
 "doit être un URI https absolu",
 "doit être un type de média de la forme type/sous-type",
 "doit comporter 64 chiffres hexadécimaux en minuscules",
 "doit comporter de 1 à 128 lettres, chiffres, « . », « _ », « : » ou « - », et commencer par une lettre ou un chiffre",
 "ne doit pas contenir deux fois le même élément",
 "un gouvernement doit indiquer son pays",
 "est obligatoire sauf si le statut est DRAFT",
 "doit comporter de 1 à 128 lettres minuscules, chiffres, « . », « _ », « : », « + » ou « - », et commencer par une lettre ou un chiffre"],
"es": ["la longitud debe estar entre {min} y {max} caracteres",
 "no debe contener caracteres de control",
 "debe ser una etiqueta de idioma BCP 47 bien formada",
 "el idioma principal debe ser un idioma ISO 639 conocido",
 "debe ser un código de país ISO 3166-1 alfa-3 asignado, en mayúsculas",
 "debe ser una dirección de correo electrónico sintácticamente válida",
 "debe ser un URI https absoluto",
 "debe ser un tipo de medio de la forma tipo/subtipo",
 "debe tener 64 dígitos hexadecimales en minúsculas",
 "debe tener de 1 a 128 letras, dígitos, «.», «_», «:» o «-», y empezar por una letra o un dígito",
 "no debe contener el mismo elemento dos veces",
 "un gobierno debe indicar su país",
 "es obligatorio salvo que el estado sea DRAFT",
 "debe tener de 1 a 128 letras minúsculas, dígitos, «.», «_», «:», «+» o «-», y empezar por una letra o un dígito"],
"ru": ["длина должна быть от {min} до {max} символов",
 "не должно содержать управляющих символов",
 "должно быть правильно построенным языковым тегом BCP 47",
 "основной язык должен быть известным языком ISO 639",
 "должно быть присвоенным кодом страны ISO 3166-1 alpha-3 заглавными буквами",
 "должно быть синтаксически правильным адресом электронной почты",
 "должно быть абсолютным URI со схемой https",
 "должно быть типом медиаданных вида тип/подтип",
 "должно состоять из 64 шестнадцатеричных цифр в нижнем регистре",
 "должно состоять из 1–128 латинских букв, цифр, «.», «_», «:» или «-» и начинаться с буквы или цифры",
 "не должно содержать один и тот же элемент дважды",
 "правительство должно указать свою страну",
 "обязательно, если статус не DRAFT",
 "должно состоять из 1–128 строчных латинских букв, цифр, «.», «_», «:», «+» или «-» и начинаться с буквы или цифры"],
"zh": ["长度必须在 {min} 到 {max} 个字符之间",
 "不得包含控制字符",
 "必须是格式正确的 BCP 47 语言标记",
 "主要语言必须是已知的 ISO 639 语言",
 "必须是已分配的 ISO 3166-1 三字母国家代码（大写）",
 "必须是语法有效的电子邮件地址",
 "必须是绝对的 https URI",
 "必须是“类型/子类型”形式的媒体类型",
 "必须是 64 位小写十六进制数字",
 "必须由 1 至 128 个字母、数字、“.”、“_”、“:”或“-”组成，并以字母或数字开头",
 "不得包含重复的项目",
 "政府必须注明其国家",
 "除非状态为 DRAFT，否则为必填项",
 "必须由 1 至 128 个小写字母、数字、“.”、“_”、“:”、“+”或“-”组成，并以字母或数字开头"],
"ar": ["يجب أن يتراوح الطول بين {min} و{max} حرفًا",
 "يجب ألا يحتوي على أحرف تحكم",
 "يجب أن يكون وسم لغة سليم البنية وفق BCP 47",
 "يجب أن تكون اللغة الأساسية لغة معروفة في ISO 639",
 "يجب أن يكون رمز بلد مخصصًا وفق ISO 3166-1 alpha-3 بأحرف كبيرة",
 "يجب أن يكون عنوان بريد إلكتروني صحيحًا من حيث الصياغة",
 "يجب أن يكون معرّف URI مطلقًا بمخطط https",
 "يجب أن يكون نوع وسائط بالشكل النوع/النوع الفرعي",
 "يجب أن يتكون من 64 رقمًا ست عشريًا بأحرف صغيرة",
 "يجب أن يتكون من 1 إلى 128 حرفًا لاتينيًا أو رقمًا أو «.» أو «_» أو «:» أو «-»، وأن يبدأ بحرف أو رقم",
 "يجب ألا يحتوي على العنصر نفسه مرتين",
 "يجب على الحكومة أن تذكر بلدها",
 "مطلوب ما لم تكن الحالة DRAFT",
 "يجب أن يتكون من 1 إلى 128 حرفًا لاتينيًا صغيرًا أو رقمًا أو «.» أو «_» أو «:» أو «+» أو «-»، وأن يبدأ بحرف أو رقم"],
}
names = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese", "ar": "Arabic"}
def esc(s):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in s)
out = os.path.join(os.path.dirname(__file__), "..", "main", "resources")
for lang, msgs in T.items():
    assert len(msgs) == len(keys)
    fn = "ContributorValidationMessages.properties" if lang == "en" else f"ContributorValidationMessages_{lang}.properties"
    with open(os.path.join(out, fn), "w", encoding="ascii", newline="\n") as f:
        f.write(f"# {names[lang]} messages of the model's constraints ({'the default bundle' if lang == 'en' else 'one of the six UN languages'}).\n")
        f.write("# Hibernate Validator reads a library's messages from ContributorValidationMessages, leaving\n")
        f.write("# ValidationMessages to the application. Non-ASCII characters are \\u-escaped so that every\n")
        f.write("# provider reads the file alike, whichever encoding it assumes. No template uses\n")
        f.write("# ${validatedValue} or any other expression: no payload text reaches Expression Language.\n")
        for k, m in zip(keys, msgs):
            f.write(f"{P}{k}.message={esc(m)}\n")
