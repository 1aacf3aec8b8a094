# maillage — what the <maillage-finder> widget says, in Spanish (es).
# Machine-produced draft, translated from fr.ftl: awaiting review by a native speaker.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Phone numbers are variables: they stay left-to-right.
# Neutral Spanish (Spain and Latin America), formal "usted".

## El widget

title = Encontrar ayuda frente a la violencia
language-label = Idioma
language-unavailable = { $language }: no se pudo cargar este idioma.
emergency = En peligro: llame al { $police } o al { $europe } · SMS al { $sms } · Línea de escucha 24h/24: { $line }
call-police = Llamar al { $number } (policía)
call = Llamar al { $number }
sms = SMS al { $number }
email = Escribir a { $address }
website = Sitio web ({ $host })
exit = Salir
exit-long = Salir rápidamente de este sitio
exit-hint = O pulse 3 veces la tecla Mayús (Shift).
exit-remaining = { $n ->
    [one] Pulse Mayús { $n } vez más para salir.
   *[other] Pulse Mayús { $n } veces más para salir.
}
safety-title = Navegar con seguridad
safety = El botón «Salir» muestra otra página, pero no borra el historial del navegador. Use una ventana de navegación privada y borre el historial después de su visita. Las llamadas y los SMS aparecen en el registro del teléfono.
threat-model = Lo que protege este servicio y sus límites (en inglés)
sample = Datos de ejemplo: los contactos locales proceden de fuentes públicas y todavía deben verificarse.
footer = { $name } — Fuentes: { $sources }
refused = Directorio rechazado: no corresponde a la huella digital que espera este sitio, o la conexión ha fallado.
load-error = El servicio no puede mostrarse aquí. En caso de peligro, llame al { $police } o al { $europe }, o envíe un SMS al { $sms }. Línea de escucha 24h/24: { $line }. Niños en peligro: { $children }.
outside = Este punto está fuera de la zona que cubre este directorio.

## Buscar un lugar

place-label = Su municipio o código postal
place-hint = Escriba al menos 2 letras y luego elija en la lista.
around-me = Cerca de mí
around-me-note = Su ubicación no sale de este dispositivo.
geo-error = Ubicación no disponible. Escriba su municipio.
no-place = No se ha encontrado ningún municipio.
suggestions = { $n ->
    [one] { $n } sugerencia. Use las flechas arriba y abajo para elegir.
   *[other] { $n } sugerencias. Use las flechas arriba y abajo para elegir.
}
category-label = Tipo de ayuda
all-categories = Todas
speaks-my-language = Solo los servicios que hablan mi idioma

## Los resultados

count-near = { $places ->
    [one] { $places } lugar
   *[other] { $places } lugares
} cerca de { $where }, { $remote ->
    [one] { $remote } contacto
   *[other] { $remote } contactos
} por teléfono o en línea.
count-here = { $places ->
    [one] { $places } lugar
   *[other] { $places } lugares
} cerca de su ubicación, { $remote ->
    [one] { $remote } contacto
   *[other] { $remote } contactos
} por teléfono o en línea.
now-title = Qué hacer ahora
now-intro = Los primeros pasos, para cualquier persona. Unas preguntas opcionales los adaptan a su situación.
places-near = Lugares cerca de { $where }
places-here = Lugares cerca de su ubicación
more-places = { $n ->
    [one] Ver { $n } lugar más
   *[other] Ver { $n } lugares más
}
remote-count = Líneas por teléfono, SMS o en línea ({ $n })
map-summary = Ver los lugares en un mapa
map-title = Mapa: { $where } y los lugares cercanos
legend-here = Usted está aquí
legend-place = Un lugar (un número: varios lugares en el mismo sitio)
print = Imprimir la ficha de mi territorio

## Una ficha

state-open = Abierto
state-open-always = Abierto 24 h/24
state-closed = Cerrado
state-unknown = Horario por verificar
hours = Horario: { $hours }
until = { $state } hasta { $time }
opens-at = { $state } — abre { $time }
closes-at = { $state } — cierra { $time }
uncertain-from = { $state } — horario incierto a partir de { $time }
distance = a { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km
in-commune = en el municipio de { $commune }
about = a unos { NUMBER($km, maximumFractionDigits: 0) } km
step-free = Acceso sin escalones
free = Gratuito
anonymous = Anónimo
confidential = Dirección confidencial
professionals-only = (solo para profesionales)
checked = verificado el { $date }
to-verify = por verificar
summary-kind = Ayuda: { $kinds }
summary-reach = Contacto: { $ways }
summary-languages = Idiomas: { $languages }

## Los pasos

questions-title = ¿Cuáles son los próximos pasos?
questions-intro = Unas preguntas opcionales para ordenar los pasos. Sus respuestas no se guardan ni se envían.
refine = Adaptar los pasos a mi situación (opcional)
yes = Sí
no = No
skip = No lo sé
role = Usted es
show-steps = Ver los pasos
steps-title = Sus próximos pasos
steps-count = { $n ->
    [one] { $n } paso propuesto.
   *[other] { $n } pasos propuestos.
}
why = Por qué: { $reasons }
lead = Entidad coordinadora: { $partner }
lead-in = Entidad coordinadora: { $partner } ({ $territory })

## Los profesionales

pro-title = A quién llamar en un territorio
territory-label = Territorio
show-routes = Mostrar
routes-count = { $n ->
    [one] { $n } paso.
   *[other] { $n } pasos.
}
pro-open-title = Directorio profesional
pass-label = Frase de acceso de la red
pass-hint = La facilita la coordinación departamental. No se guarda ni se envía: el directorio se abre en este dispositivo.
pass-open = Abrir
opening = Abriendo el directorio profesional…
wrong-pass = Frase de acceso incorrecta. Compruébela y vuelva a intentarlo.
pro-load-error = El directorio profesional no puede abrirse aquí.

## Por qué este lugar (códigos del motor)

reason-category = ayuda: { $category }
reason-language = habla el idioma: { $language }
reason-serves-country = para toda Francia
reason-serves-territory = para el territorio: { $territory }
reason-national-line = línea nacional
reason-step-line = línea nacional de este paso
reason-written = por escrito: usted no puede hablar sin riesgo
step-reason-for-everyone = útil para todas las personas
step-reason-answer = usted respondió «{ $answer ->
    [yes] sí
   *[no] no
}» a «{ $question }»
step-reason-urgent = primero: usted respondió «{ $answer ->
    [yes] sí
   *[no] no
}» a «{ $question }»
step-reason-written-first = contactos por escrito primero: usted no puede hablar sin riesgo

## Vocabulario del directorio

category-urgence = Urgencia
category-ecoute = Escucha y orientación
category-hebergement = Puesta a salvo y alojamiento
category-soins = Atención médica y constatación de lesiones
category-plainte = Denuncia y aviso a las autoridades
category-juridique = Información jurídica
category-protection = Protección judicial
category-social = Acompañamiento social
category-psy = Apoyo psicológico
category-enfants = Niños y niñas
category-sante-sexuelle = Salud sexual
category-auteurs = Autores de violencia
role-victim = la persona afectada
role-relative = un familiar o una persona cercana
role-professional = un o una profesional
role-perpetrator = una persona que quiere dejar de ser violenta
question-in_danger_now = ¿Está usted en peligro ahora?
question-can_speak_safely = ¿Puede hablar sin riesgo de que alguien le oiga?
question-children = ¿Hay niños en casa?
question-sexual_violence = ¿Hay violencia sexual?
question-needs_shelter_tonight = ¿Necesita un lugar donde dormir esta noche?
question-wants_to_report = ¿Desea presentar una denuncia?
question-heavy_signals = ¿Amenazas de muerte, estrangulamiento, arma, separación reciente o violencia que va a peor?
access-telephone = por teléfono
access-sms = por SMS
access-en-ligne = en línea
access-sur-place = sin cita previa
access-rendez-vous = con cita previa
access-permanence = en horarios de atención presencial
audience-tous = Todo público
audience-femmes = Mujeres
audience-hommes = Hombres
audience-jeunes = Jóvenes
audience-enfants = Niños y niñas
audience-lgbt = Personas LGBT+
audience-proches = Familiares y personas cercanas
audience-professionnels = Profesionales
audience-auteurs = Autores de violencia
